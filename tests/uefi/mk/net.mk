# examples/http-get, booted by the net suite.
$(BUILD)/examples/http-get.efi: examples/http-get/http-get.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<
uefi-tests-build: $(BUILD)/examples/http-get.efi

# tinyhttpd: a POSIX program written as for Linux, built unchanged with
# uefi-cc and with the host's cc against glibc; both are driven by
# tests/uefi/tinyhttpd-client.py in the net suite.
$(BUILD)/programs/tinyhttpd.efi: tests/programs/tinyhttpd/tinyhttpd.c $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -o $@ $<
$(BUILD)/programs/tinyhttpd-host: tests/programs/tinyhttpd/tinyhttpd.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -O2 -Wall -Wextra -Werror -o $@ $<
uefi-tests-build: $(BUILD)/programs/tinyhttpd.efi $(BUILD)/programs/tinyhttpd-host
