# uefi-libc: build, run, test, bench, install.
#   make deps    install the Debian packages the project needs (idempotent)
#   make         build/lib/libc.a, build/lib/crt0.o, build/bin/uefi-cc
#   make run     boot examples/hello in QEMU/OVMF, output in this terminal
#   make test    host tests and firmware tests; ends "N passed, N failed"
#   make install PREFIX=... [DESTDIR=...]   (and uninstall): see tools/tools.mk

# Build with every core (make test on a fresh clone compiles some 500 files).
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)

ROOT := $(abspath .)
BUILD := build
# The target architecture; everything per-architecture derives from it.
ARCH := x86_64
TARGET := $(ARCH)-unknown-windows
# The machine the host tests run on (they build the portable code natively).
HOST_ARCH := $(shell uname -m)
CC := clang
AR := llvm-ar
EFI_INC := /usr/include/efi

DEPS := clang lld llvm gnu-efi ovmf qemu-system-x86 mtools dosfstools make python3 unicode-data \
	cmake meson ninja-build pkg-config

# Flags the library and every program are compiled with (uefi-cc uses the same).
# -U_WIN32 -U_WIN64: a UEFI program is not a Windows program; portable code
# that tests _WIN32 would reach for windows.h and Win32 calls.
TARGET_CFLAGS := -target $(TARGET) -U_WIN32 -U_WIN64 -nostdlibinc -fno-stack-protector -mno-red-zone \
	-fshort-wchar -ffunction-sections -fdata-sections \
	-isystem $(ROOT)/include -isystem $(EFI_INC) -isystem $(EFI_INC)/$(ARCH)
# How every program is linked (uefi-cc, and the installed pkg-config,
# CMake and Meson files, take them from here).
# -nodefaultlib:...: Clang names the full UBSan runtime in every object it
# compiles with -fsanitize= (MSVC environment: the .lib, GNU: the .a), even
# with the minimal runtime, whose handlers are in libc.a (docs/hardening.md).
TARGET_LDFLAGS := -fuse-ld=lld -nostdlib -Wl,-filealign:32 -Wl,-entry:efi_main -Wl,-subsystem:efi_application \
	-Wl,-nodefaultlib:clang_rt.ubsan_standalone-$(ARCH).lib -Wl,-nodefaultlib:libclang_rt.ubsan_standalone-$(ARCH).a
LIB_CFLAGS := $(TARGET_CFLAGS) -std=gnu11 -ffreestanding -O2 -g -Wall -Wextra -Werror

# Portable code: every src/<area>/ except the UEFI layer and the arch code.
# A C file in src/arch/$(ARCH)/ named like a portable one (memcpy.c)
# replaces it in the library; the portable one stays for other CPUs.
ARCH_REPLACES := $(filter-out src/uefi/% src/arch/%,$(foreach f,$(notdir $(wildcard src/arch/$(ARCH)/*.c)),$(wildcard src/*/$(f))))
PORTABLE_SRCS := $(sort $(filter-out src/uefi/% src/arch/% $(ARCH_REPLACES),$(wildcard src/*/*.c)))
UEFI_SRCS := $(sort $(wildcard src/uefi/*.c src/arch/$(ARCH)/*.c src/arch/$(ARCH)/*.S))
LIB_OBJS := $(patsubst %,$(BUILD)/obj/%.o,$(PORTABLE_SRCS) $(UEFI_SRCS))
# Header dependencies are found by the compiler (-MMD -MP): an object is
# rebuilt when a header it includes changes, and only then.
DEPFLAGS = -MMD -MP -MF $@.d

LIB := $(BUILD)/lib/libc.a
CRT0 := $(BUILD)/lib/crt0.o
UEFI_CC := $(BUILD)/bin/uefi-cc

all: $(LIB) $(CRT0) $(UEFI_CC)

# Start-up and exit code (argv, the environment guard, exit) runs once, and
# every program carries it: smallest beats fastest there (a puts-only
# program must stay under 8 KiB).  A file asks for it on its first line:
# /* build: -Os (why) */, so the list follows the files.
SIZE_SRCS := $(shell grep -l '^/\* build: -Os' $(PORTABLE_SRCS) $(UEFI_SRCS))
$(patsubst %,$(BUILD)/obj/%.o,$(SIZE_SRCS)): LIB_CFLAGS += -Os

$(BUILD)/obj/%.c.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/obj/%.S.o: %.S
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^

$(CRT0): crt0/crt0.c
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

# A driver's start-up (uefi-cc --boot-service-driver / --runtime-driver;
# docs/drivers.md), in an archive of its own as crt0 is (tools/tools.mk).
CRT0_DRIVER := $(BUILD)/lib/crt0-driver.o
all: $(CRT0_DRIVER)
$(CRT0_DRIVER): crt0/driver.c
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

run: $(HELLO)
	tests/uefi/qemu-run.sh --serial stdio --timeout 60 --efi $(HELLO) --args "Grüße \"two words\" ^\"quoted^\""

# The example bootloader (examples/bootloader, docs/bootloader.md): boots it
# with its boot.cfg and a generated payload; its serial console is shown.
BOOTLOADER := $(BUILD)/examples/bootloader.efi

$(BOOTLOADER): examples/bootloader/bootloader.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<

run-bootloader: $(BOOTLOADER)
	head -c 393217 /dev/urandom > $(BUILD)/examples/payload.bin
	tests/uefi/qemu-run.sh --serial stdio --timeout 60 --boot $(BOOTLOADER) \
	  --copy examples/bootloader/boot.cfg --copy $(BUILD)/examples/payload.bin

# ---- tests -----------------------------------------------------------------
include tests/host/host.mk
include tests/uefi/uefi.mk

# make test SUITE=NAME runs one area: host test_NAME*/fuzz_NAME*, firmware
# tests/uefi/suites/NAME.sh ("core" for the boots in tests/uefi/run.sh).
test: all host-tests-build uefi-tests-build
	SUITE=$(SUITE) tests/run-all.sh $(BUILD)

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "all dependencies present"; fi

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

.PHONY: all run run-bootloader test deps clean

# ---- benchmarks: one boot each, ratios printed side by side ----------------
BENCH_DIR := $(BUILD)/bench
$(BENCH_DIR)/%.efi: bench/%.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 $(BENCH_FLAGS) -o $@ $<
# Races protected and unprotected copies of one workload (docs/hardening.md).
$(BENCH_DIR)/bench_harden.efi: BENCH_FLAGS := -fstack-protector-strong

# bench/bench_*.c are firmware benchmarks (one boot each); bench/host_*.c
# race the portable code against glibc on the host.
BENCHES := $(patsubst bench/%.c,%,$(sort $(wildcard bench/bench_*.c)))
HOST_BENCHES := $(patsubst bench/%.c,%,$(sort $(wildcard bench/host_*.c)))

# Sizes: programs that use one thing each, built as a user would (uefi-cc -O2).
# (bench/size-limits, read by the core firmware suite too).
SIZE_TARGETS := $(shell awk '!/^\#/ && NF == 2 { print $$1 ":" $$2 }' bench/size-limits)

bench: $(patsubst %,$(BENCH_DIR)/%.efi,$(BENCHES)) $(patsubst %,$(BUILD)/host-bench/%,$(HOST_BENCHES)) \
		$(patsubst %,$(BENCH_DIR)/%.efi,$(foreach t,$(SIZE_TARGETS),$(firstword $(subst :, ,$(t)))))
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
	  tests/uefi/qemu-run.sh --timeout 600 --mem 512 --boot $(BENCH_DIR)/$$b.efi \
	    --serial $(BENCH_DIR)/$$b.serial; \
	  sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' $(BENCH_DIR)/$$b.serial | tr -d '\r' | grep -a '^bench:'; \
	done

.PHONY: bench
