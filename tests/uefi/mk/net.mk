# examples/http-get, booted by the net suite.
$(BUILD)/examples/http-get.efi: examples/http-get/http-get.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<
uefi-tests-build: $(BUILD)/examples/http-get.efi
