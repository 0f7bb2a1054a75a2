# The ABI a program sees, constructors, the stack (docs/abi.md).
UEFI_TESTS += t_abi t_ctors t_stack t_stack_child
UEFI_TEST_PARTS += t_ctors_b

# Two objects, each with constructors and destructors.
$(UEFI_TEST_DIR)/t_ctors.efi: tests/uefi/t_ctors.c tests/uefi/t_ctors_b.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ tests/uefi/t_ctors.c tests/uefi/t_ctors_b.c

# A smaller stack, chosen at link time.
$(UEFI_TEST_DIR)/t_stack_child.efi: tests/uefi/t_stack_child.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -Wl,--stack,262144 -o $@ $<
