# Firmware tests: each a real .efi built with uefi-cc, booted by tests/uefi/run.sh.
UEFI_TEST_DIR := $(BUILD)/tests/uefi
# Every tests/uefi/t_*.c is a test program, built by the rule below unless
# an area's tests/uefi/mk/<area>.mk gives it a rule of its own or adds more
# builds (UEFI_TESTS += ...); its boots are in tests/uefi/suites/<area>.sh
# (sourced by run.sh; a plain direct boot is one line there: direct NAME).
# A file that is part of another test program (a library it links, an object
# built with other flags) is listed in UEFI_TEST_PARTS, by its mk file.
UEFI_TESTS := $(basename $(notdir $(wildcard tests/uefi/t_*.c)))
UEFI_TEST_PARTS := t_runtime_lib
# Programs about x86 itself (its page tables, I/O ports...), added by an
# area's mk file: built (and booted: x86_only in run.sh) on x86_64 only.
UEFI_X86_ONLY :=
-include $(sort $(wildcard tests/uefi/mk/*.mk))
UEFI_TEST_BINS := $(patsubst %,$(UEFI_TEST_DIR)/%.efi,$(sort $(filter-out $(UEFI_TEST_PARTS) \
	$(if $(filter x86_64,$(ARCH)),,$(UEFI_X86_ONLY)),$(UEFI_TESTS))))
UEFI_TEST_HDRS := $(wildcard tests/uefi/*.h)

$(UEFI_TEST_DIR)/%.efi: tests/uefi/%.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<

# t_runtime is linked from objects alone (made with -c) and an archive, with
# -Werror: a link must not warn about compile-only flags.
$(UEFI_TEST_DIR)/t_runtime_lib.o: tests/uefi/t_runtime_lib.c $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -c -O2 -o $@ $<
$(UEFI_TEST_DIR)/libt_runtime.a: $(UEFI_TEST_DIR)/t_runtime_lib.o
	rm -f $@
	$(AR) rcs $@ $<
$(UEFI_TEST_DIR)/t_runtime.o: tests/uefi/t_runtime.c $(UEFI_TEST_HDRS) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -c -O2 -Wall -Wextra -Werror -o $@ $<
$(UEFI_TEST_DIR)/t_runtime.efi: $(UEFI_TEST_DIR)/t_runtime.o $(UEFI_TEST_DIR)/libt_runtime.a $(LIB) $(CRT0)
	$(UEFI_CC) -Werror -o $@ $< $(UEFI_TEST_DIR)/libt_runtime.a

# The size benchmarks' programs (bench/size_*.c) also run as tests: they
# must work, not just be small.
UEFI_SIZE_BINS := $(patsubst bench/%.c,$(UEFI_TEST_DIR)/%.efi,$(wildcard bench/size_*.c))
$(UEFI_TEST_DIR)/size_%.efi: bench/size_%.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<

# The boot file of every boot that runs a script in the shell (run.sh hands
# it to qemu-run.sh): uefi-run's boot program built to start the firmware's
# shell with FS0:\startup.nsh on its command line, so that the shell does
# not count 5 seconds down before it runs the script (tools/uefi-run-boot.c).
$(UEFI_TEST_DIR)/shell_boot.o: tools/uefi-run-boot.c $(HEADERS) | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) -Os -DSHELL_BOOT_ONLY -c $< -o $@
$(UEFI_TEST_DIR)/shell_boot.efi: $(UEFI_TEST_DIR)/shell_boot.o $(LIB)
	$(CC) $(TARGET_CFLAGS) -Wno-unused-command-line-argument $(TARGET_LDFLAGS) -o $@ $< $(LIB)

uefi-tests-build: $(UEFI_TEST_BINS) $(UEFI_SIZE_BINS) $(UEFI_TEST_DIR)/shell_boot.efi

uefi-test: uefi-tests-build
	tests/uefi/run.sh $(UEFI_TEST_DIR)

.PHONY: uefi-tests-build uefi-test
