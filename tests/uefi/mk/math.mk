# Built the way a user builds an unmodified program: with -lm (which uefi-cc
# drops; the functions are in libc.a).
$(UEFI_TEST_DIR)/t_math.efi: tests/uefi/t_math.c $(wildcard tests/uefi/*.h) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $< -lm
# <complex.h> (tests/uefi/t_complex.c), built the same way.
$(UEFI_TEST_DIR)/t_complex.efi: tests/uefi/t_complex.c $(wildcard tests/uefi/*.h) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $< -lm
