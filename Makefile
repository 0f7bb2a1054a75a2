# uefi-libc: build, run, test, bench, install.
#   make deps    install the Debian packages the project needs (idempotent)
#   make         build/lib/libc.a, build/lib/crt0.o, build/bin/uefi-cc
#   make run     boot examples/hello in QEMU/OVMF, output in this terminal
#   make test    host tests and firmware tests; ends "N passed, N failed"
#   make install PREFIX=... [DESTDIR=...]   (and uninstall): see tools/tools.mk

# Build with every core (make test on a fresh clone compiles some 500 files).
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)

ROOT := $(abspath .)
# The target architecture; everything per-architecture derives from it:
# make ARCH=aarch64 ... builds, runs and tests the 64-bit Arm library
# (docs/aarch64.md).  x86_64 builds into build/ (the paths the README
# names), any other architecture into build/ARCH/; what the architectures
# share (bin/ with uefi-cc, uefi-run, share/uefi-libc/ARCH/) is in build/.
ARCH := x86_64
DEFAULT_ARCH := x86_64
ARCHES := x86_64 aarch64
TOP := build
BUILD := $(if $(filter $(DEFAULT_ARCH),$(ARCH)),$(TOP),$(TOP)/$(ARCH))
# The GNU environment of the Windows target (docs/abi.md): Clang and LLD
# still write PE32+ directly, but the program sees GNU C, not MSVC.
TARGET := $(ARCH)-unknown-windows-gnu
# The machine the host tests run on (they build the portable code natively).
HOST_ARCH := $(shell uname -m)
CC := clang
AR := llvm-ar
# gnu-efi's headers: Debian's package for x86_64; the other architectures'
# come from Debian's gnu-efi source package (tools/fetch-gnu-efi.sh, into
# build/gnu-efi/ by make deps or the first build; never committed).
GNU_EFI_SRC := $(TOP)/gnu-efi
EFI_INC := $(if $(filter x86_64,$(ARCH)),/usr/include/efi,$(ROOT)/$(GNU_EFI_SRC)/inc)
EFI_BIND := $(EFI_INC)/$(ARCH)/efibind.h

DEPS := clang lld llvm gnu-efi ovmf qemu-system-x86 mtools dosfstools make python3 unicode-data \
	cmake meson ninja-build pkg-config qemu-system-arm qemu-efi-aarch64

# Flags the library and every program are compiled with (uefi-cc uses the same).
# ABI_CFLAGS: what the GNU environment needs to be the ABI of docs/abi.md:
# -mno-ms-bitfields: GCC's bit-field and enum layout (x86_64 Linux's);
# -mlong-double-64: long double is double, as the library has always had it
# (x86_64 only: on aarch64 Windows targets it is double already, and Clang
# refuses the flag there);
# GNU_EFI_USE_MS_ABI: gnu-efi's EFIAPI is ms_abi (the target's default) and
# uefi_call_wrapper a direct call; -femulated-tls: thread-local variables
# through __emutls_get_address (src/crt/emutls.c): no loader sets up PE TLS
# in UEFI; no SEH unwind tables: nothing unwinds.  A UEFI program is neither
# a Windows nor a MinGW program: portable code that tests these macros
# reaches for windows.h and Win32 calls.
ABI_CFLAGS_x86_64 := -mlong-double-64
ABI_CFLAGS := -mno-ms-bitfields $(ABI_CFLAGS_$(ARCH)) -DGNU_EFI_USE_MS_ABI -femulated-tls \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-UWIN32 -UWIN64 -UWINNT -U_WIN32 -U_WIN64 -U__WIN32 -U__WIN32__ -U__WIN64 -U__WIN64__ \
	-U__WINNT -U__WINNT__ -U__MINGW32__ -U__MINGW64__ -U__MSVCRT__ -U__SEH__
# -mno-red-zone: x86_64 only (interrupts in UEFI use the stack below rsp);
# AAPCS64 has no red zone to turn off.
ARCH_ONLY_CFLAGS_x86_64 := -mno-red-zone
TARGET_CFLAGS := -target $(TARGET) $(ABI_CFLAGS) -nostdlibinc -fno-stack-protector $(ARCH_ONLY_CFLAGS_$(ARCH)) \
	-fshort-wchar -ffunction-sections -fdata-sections \
	-isystem $(ROOT)/include -isystem $(EFI_INC) -isystem $(EFI_INC)/$(ARCH)
# Added for programs only (uefi-cc, and the pkg-config, CMake and Meson
# files; not the library): every function with a frame calls the stack
# probe, which checks the frame against the stack's limit, so that an
# overflow ends the program with a message (docs/abi.md, "The stack").
PROG_CFLAGS := -mstack-probe-size=1
# How every program is linked (uefi-cc, and the installed pkg-config,
# CMake and Meson files, take them from here): LLD's MinGW driver, so GNU
# ld's options work (-Wl,--stack,N, -Wl,-Map,F...); unused sections dropped,
# no debug sections or symbols in the image; main's stack 8 MiB unless the
# program links with -Wl,--stack,N of its own (docs/abi.md, "The stack");
# read-only data in the code's section (a section header and its padding
# fewer: 64 bytes of every program).  -nodefaultlib:...: Clang names the
# full UBSan runtime in every object it compiles with -fsanitize= (MSVC
# environment: the .lib, GNU: the .a), even with the minimal runtime, whose
# handlers are in libc.a (docs/hardening.md).
TARGET_LDFLAGS := -fuse-ld=lld -nostdlib -Wl,--file-alignment,32 -Wl,--entry,efi_main \
	-Wl,--subsystem,efi_application -Wl,--gc-sections -Wl,--strip-all -Wl,--stack,8388608 \
	-Wl,-Xlink=-merge:.rdata=.text \
	-Wl,-Xlink=-nodefaultlib:clang_rt.ubsan_standalone-$(ARCH).lib \
	-Wl,-Xlink=-nodefaultlib:libclang_rt.ubsan_standalone-$(ARCH).a
# hidden.h: the library's own symbols resolve inside the image (no MinGW
# .refptr indirection for its variables).
LIB_CFLAGS := $(TARGET_CFLAGS) -include $(ROOT)/src/internal/hidden.h -std=gnu11 -ffreestanding -O2 -g -Wall -Wextra -Werror

# Portable code: every src/<area>/ except the UEFI layer and the arch code.
# A C or assembly file in src/arch/$(ARCH)/ named like a portable one
# (memcpy.c, memcpy.S) replaces it in the library; the portable one stays
# for other CPUs.
ARCH_REPLACES := $(filter-out src/uefi/% src/arch/%,$(foreach f,$(basename $(notdir $(wildcard \
	src/arch/$(ARCH)/*.c src/arch/$(ARCH)/*.S))),$(wildcard src/*/$(f).c)))
PORTABLE_SRCS := $(sort $(filter-out src/uefi/% src/arch/% $(ARCH_REPLACES),$(wildcard src/*/*.c)))
UEFI_SRCS := $(sort $(wildcard src/uefi/*.c src/arch/$(ARCH)/*.c src/arch/$(ARCH)/*.S))
LIB_OBJS := $(patsubst %,$(BUILD)/obj/%.o,$(PORTABLE_SRCS) $(UEFI_SRCS))
# Header dependencies are found by the compiler (-MMD -MP): an object is
# rebuilt when a header it includes changes, and only then.
DEPFLAGS = -MMD -MP -MF $@.d

LIB := $(BUILD)/lib/libc.a
CRT0 := $(BUILD)/lib/crt0.o
# build/bin/uefi-cc is the default architecture's, build/bin/ARCH-uefi-cc
# another's (the same script: it reads its architecture from its name, or
# from --target=).
UEFI_CC := $(TOP)/bin/$(if $(filter $(DEFAULT_ARCH),$(ARCH)),,$(ARCH)-)uefi-cc

all: $(LIB) $(CRT0) $(UEFI_CC)

# Start-up and exit code (argv, the environment guard, the stack,
# constructors, exit) runs once, and every program carries it: smallest beats
# fastest there (a puts-only program must stay under 8 KiB); so do the pieces
# every program that prints carries (the console's UTF-8 decoder, the flush)
# and printf's floating-point formatter (-Os halves it: 7,117 bytes at -O2,
# 3,519 at -Os; docs/abi.md, "Sizes").  A file asks for it on its first line,
# /* build: -Oz (why) */ or /* build: -Os (why) */, so the lists follow the files.
SIZE_OZ_SRCS := $(shell grep -l '^/\* build: -Oz' $(PORTABLE_SRCS) $(UEFI_SRCS))
SIZE_OS_SRCS := $(shell grep -l '^/\* build: -Os' $(PORTABLE_SRCS) $(UEFI_SRCS))
$(patsubst %,$(BUILD)/obj/%.o,$(SIZE_OZ_SRCS)): LIB_CFLAGS += -Oz
$(patsubst %,$(BUILD)/obj/%.o,$(SIZE_OS_SRCS)): LIB_CFLAGS += -Os

# The headers of an architecture Debian's gnu-efi package does not ship.
$(ROOT)/$(GNU_EFI_SRC)/inc/%/efibind.h:
	tools/fetch-gnu-efi.sh $(GNU_EFI_SRC)

$(BUILD)/obj/%.c.o: %.c | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/obj/%.S.o: %.S | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^

$(CRT0): crt0/crt0.c | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

# A driver's start-up (uefi-cc --boot-service-driver / --runtime-driver;
# docs/drivers.md), in an archive of its own as crt0 is (tools/tools.mk).
CRT0_DRIVER := $(BUILD)/lib/crt0-driver.o
all: $(CRT0_DRIVER)
$(CRT0_DRIVER): crt0/driver.c | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

# uefi-cc, uefi-run and the per-arch files they read, in build/ laid out as
# an installed tree (bin/, share/uefi-libc/ARCH/); make install: tools/tools.mk.
include tools/tools.mk

# ---- the demo --------------------------------------------------------------
HELLO := $(BUILD)/examples/hello.efi

$(HELLO): examples/hello/hello.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -o $@ $<

# The boots of every target run the architecture's QEMU and firmware.
QEMU_RUN := UEFI_ARCH=$(ARCH) tests/uefi/qemu-run.sh

run: $(HELLO)
	$(QEMU_RUN) --serial stdio --timeout 60 --efi $(HELLO) --args "Grüße \"two words\" ^\"quoted^\""

# The example bootloader (examples/bootloader, docs/bootloader.md): boots it
# with its boot.cfg and a generated payload; its serial console is shown.
BOOTLOADER := $(BUILD)/examples/bootloader.efi

$(BOOTLOADER): examples/bootloader/bootloader.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<

run-bootloader: $(BOOTLOADER)
	head -c 393217 /dev/urandom > $(BUILD)/examples/payload.bin
	$(QEMU_RUN) --serial stdio --timeout 60 --boot $(BOOTLOADER) \
	  --copy examples/bootloader/boot.cfg --copy $(BUILD)/examples/payload.bin

# ---- tests -----------------------------------------------------------------
include tests/host/host.mk
include tests/uefi/uefi.mk

# make test SUITE=NAME runs one area: host test_NAME*/fuzz_NAME*, firmware
# tests/uefi/suites/NAME.sh ("core" for the boots in tests/uefi/run.sh).
# make test: the host tests once, and the firmware tests of TEST_ARCHES
# (x86_64 and aarch64; make test ARCH=aarch64: aarch64's alone).  It builds
# this architecture's library and tests and the host tests, then runs two
# lanes side by side (tests/run-all.sh): the first architecture's boots,
# then the host tests; beside them the other architectures, each built and
# then booted.  With one architecture, the host tests run beside its boots.
TEST_ARCHES ?= $(if $(filter $(DEFAULT_ARCH),$(ARCH)),$(ARCHES),$(ARCH))
arch_build_dir = $(if $(filter $(DEFAULT_ARCH),$(1)),$(TOP),$(TOP)/$(1))
arch_tests_build = $(if $(filter $(ARCH),$(1)),uefi-tests-build,tests-build-$(1))
TEST_FIRST := $(firstword $(TEST_ARCHES))
TEST_OTHERS := $(wordlist 2,$(words $(TEST_ARCHES)),$(TEST_ARCHES))
test: all host-tests-build $(call arch_tests_build,$(TEST_FIRST))
	SUITE=$(SUITE) tests/run-all.sh $(TEST_FIRST)=$(call arch_build_dir,$(TEST_FIRST))/tests/uefi \
		$(if $(TEST_OTHERS),host=$(BUILD)/host) -- $(if $(TEST_OTHERS),,host=$(BUILD)/host) \
		$(foreach a,$(TEST_OTHERS),"$(a)=$(call arch_build_dir,$(a))/tests/uefi=$(MAKE) $(call arch_tests_build,$(a))")

# Another architecture's library, tools and firmware tests (make test).
$(patsubst %,tests-build-%,$(ARCHES)): tests-build-%: $(UEFI_RUN) $(UEFI_MKIMAGE)
	$(MAKE) ARCH=$* all uefi-tests-build

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "all dependencies present"; fi
	tools/fetch-gnu-efi.sh $(GNU_EFI_SRC)

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) $(foreach a,$(filter-out $(ARCH),$(ARCHES)),-path $(TOP)/$(a) -prune -o) -name '*.d' -print 2>/dev/null)

.PHONY: all run run-bootloader test deps clean $(patsubst %,tests-build-%,$(ARCHES))

# ---- benchmarks: one boot each, ratios printed side by side ----------------
BENCH_DIR := $(BUILD)/bench
$(BENCH_DIR)/%.efi: bench/%.c bench/bench_arch.h $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 $(BENCH_FLAGS) -o $@ $<
# Races protected and unprotected copies of one workload (docs/hardening.md).
$(BENCH_DIR)/bench_harden.efi: BENCH_FLAGS := -fstack-protector-strong

# bench_stack: its workloads (bench_stack_fn.c) compiled with the probe on
# every frame, as uefi-cc compiles programs, and with Clang's default.
$(BENCH_DIR)/bench_stack.efi: bench/bench_stack.c bench/bench_stack_fn.c bench/bench_arch.h $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -c -DBENCH_FN=probed -o $(BENCH_DIR)/bench_stack_probed.o bench/bench_stack_fn.c
	$(UEFI_CC) -O2 -c -DBENCH_FN=default -mstack-probe-size=4096 -o $(BENCH_DIR)/bench_stack_default.o bench/bench_stack_fn.c
	$(UEFI_CC) -O2 -o $@ $< $(BENCH_DIR)/bench_stack_probed.o $(BENCH_DIR)/bench_stack_default.o

# bench/bench_*.c are firmware benchmarks (one boot each; bench/NAME.args,
# if there, adds qemu-run.sh options, e.g. a NIC); bench/host_*.c
# race the portable code against glibc on the host.
BENCHES := $(patsubst bench/%.c,%,$(filter-out bench/bench_stack_fn.c,$(sort $(wildcard bench/bench_*.c))))
HOST_BENCHES := $(patsubst bench/%.c,%,$(sort $(wildcard bench/host_*.c)))

# Sizes: programs that use one thing each, built as a user would (uefi-cc -O2).
# (bench/size-limits, a column per architecture, read by the core firmware
# suite too).
SIZE_TARGETS := $(shell awk -v a=$(ARCH) -f bench/size-limits.awk bench/size-limits | tr ' ' :)

# Instructions per call on aarch64 against glibc's, counted under QEMU's
# user mode (bench/a64_insns.sh; not part of make bench: its packages are
# not in make deps).
bench-a64:
	bench/a64_insns.sh $(BUILD)/a64-bench $(A64_ONLY)

deps-a64:
	apt-get install -y qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross

.PHONY: bench-a64 deps-a64

bench: $(patsubst %,$(BENCH_DIR)/%.efi,$(BENCHES)) $(patsubst %,$(BUILD)/host-bench/%,$(HOST_BENCHES)) \
		$(patsubst %,$(BENCH_DIR)/%.efi,$(foreach t,$(SIZE_TARGETS),$(firstword $(subst :, ,$(t)))))
	@[ -n "$(SIZE_TARGETS)" ] || { echo "bench: bench/size-limits has no column for $(ARCH)"; exit 1; }
	@for t in $(SIZE_TARGETS); do \
	  n=$${t%%:*}; max=$${t#*:}; size=$$(stat -c %s $(BENCH_DIR)/$$n.efi); \
	  echo "bench: size $$n.efi $$size bytes, target <= $$max: ratio $$(awk "BEGIN { printf \"%.2f\", $$size / $$max }") $$( [ $$size -le $$max ] && echo met || echo NOT met)"; \
	done
	@for b in $(HOST_BENCHES); do $(BUILD)/host-bench/$$b || exit 1; done
	@# The firmware has no AVX state, so the string functions are SSE2; glibc
	@# on this host may use AVX2/AVX-512.  Also race glibc held to SSE2.
	@echo "bench: host_string again, glibc restricted to SSE2 (GLIBC_TUNABLES):"
	@GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX512F,-AVX512VL,-AVX512BW,-AVX2,-AVX,-EVEX,-SSE4_1,-SSE4_2,-SSSE3 \
	  $(BUILD)/host-bench/host_string
	@for b in $(BENCHES); do \
	  $(QEMU_RUN) --timeout 600 --mem 512 --boot $(BENCH_DIR)/$$b.efi \
	    --serial $(BENCH_DIR)/$$b.serial $$(cat bench/$$b.args 2>/dev/null); \
	  sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' $(BENCH_DIR)/$$b.serial | tr -d '\r' | grep -a '^bench:'; \
	done

.PHONY: bench
