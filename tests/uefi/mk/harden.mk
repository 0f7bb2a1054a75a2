# Hardening (docs/hardening.md): the stack protector and UBSan in programs
# built with uefi-cc.  t_harden_child links objects compiled for both
# Windows environments (MSVC and GNU, both with -fsanitize=undefined, so
# that each names its UBSan library), and its link map lets the suite check
# that each report names the function that failed.
UEFI_TESTS += t_harden t_harden_child t_harden_init_seed t_harden_init_keep
UEFI_TEST_PARTS += t_harden_gnu t_harden_abort t_harden_init

# Programs with their own efi_main (t_harden_init.c), seeding or not.
$(UEFI_TEST_DIR)/t_harden_init_seed.efi: tests/uefi/t_harden_init.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -fstack-protector-strong -DSEED -o $@ $<
$(UEFI_TEST_DIR)/t_harden_init_keep.efi: tests/uefi/t_harden_init.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -fstack-protector-strong -o $@ $<

$(UEFI_TEST_DIR)/t_harden.efi: tests/uefi/t_harden.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -fstack-protector-strong -o $@ $<

$(UEFI_TEST_DIR)/t_harden_gnu.o: tests/uefi/t_harden_gnu.c $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -c -O2 -Wall -Wextra -Werror -target $(ARCH)-unknown-windows-gnu -fstack-protector-strong \
	  -fsanitize=undefined -o $@ $<
$(UEFI_TEST_DIR)/t_harden_abort.o: tests/uefi/t_harden_abort.c $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -c -O2 -Wall -Wextra -Werror -target $(ARCH)-unknown-windows -fsanitize=undefined \
	  -fno-sanitize-recover=undefined -o $@ $<
# The program's own object stays in the MSVC environment (its protected
# functions check __security_cookie); linked as every program is, through
# LLD's MinGW driver, with lld-link's map format passed through.
$(UEFI_TEST_DIR)/t_harden_child.o: tests/uefi/t_harden_child.c $(UEFI_TEST_HDRS) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -c -O2 -Wall -Wextra -Werror -target $(ARCH)-unknown-windows -fstack-protector-strong \
	  -fsanitize=undefined -o $@ $<
$(UEFI_TEST_DIR)/t_harden_child.efi: $(UEFI_TEST_DIR)/t_harden_child.o $(UEFI_TEST_DIR)/t_harden_gnu.o \
		$(UEFI_TEST_DIR)/t_harden_abort.o $(LIB) $(CRT0) $(UEFI_CC)
	$(UEFI_CC) -O2 -Werror -fsanitize=undefined -Wl,-Xlink=-map:$@.map -o $@ $< \
	  $(UEFI_TEST_DIR)/t_harden_gnu.o $(UEFI_TEST_DIR)/t_harden_abort.o
