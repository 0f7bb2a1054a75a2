# The bootloader toolkit (include/uefi/boot.h, include/uefi/console.h).
UEFI_TESTS += t_after_exit_serial t_after_exit_debugcon

# t_after_exit.c three times: no sink (0), the sink COM1 (1), debugcon (2).
$(UEFI_TEST_DIR)/t_after_exit.efi: tests/uefi/t_after_exit.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -DAE_SINK=0 -o $@ $<
$(UEFI_TEST_DIR)/t_after_exit_serial.efi: tests/uefi/t_after_exit.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -DAE_SINK=1 -o $@ $<
$(UEFI_TEST_DIR)/t_after_exit_debugcon.efi: tests/uefi/t_after_exit.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -DAE_SINK=2 -o $@ $<

# The example bootloader is booted by the suite too.
uefi-tests-build: $(BUILD)/examples/bootloader.efi

# t_console_find.c twice: without tables (0), with an SPCR given to QEMU (1).
UEFI_TESTS += t_console_spcr
$(UEFI_TEST_DIR)/t_console_spcr.efi: tests/uefi/t_console_find.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -DCF_SPCR=1 -o $@ $<
