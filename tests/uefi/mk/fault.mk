# Fault injection sweeps (suites/fault.sh): the runner with the injector,
# and the workload image it starts once per injected fault.
UEFI_TESTS += t_fault t_fault_w

# The injector tells the workload's calls from the firmware's by their
# return address, __builtin_return_address(0).  On aarch64 Clang 14 reads
# it from LR after the prologue, and a frame that calls the stack probe
# (-mstack-probe-size=1: every program frame with locals) has overwritten
# LR there with its own `bl __chkstk`: the wrapper of Ip4Config2 SetData
# took the workload's calls for the firmware's (docs/aarch64.md).  The
# injector is built without the probe on both CPUs; t_fault checks that a
# frame with locals sees its caller.
$(UEFI_TEST_DIR)/t_fault.efi: tests/uefi/t_fault.c $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -mno-stack-arg-probe -o $@ $<

# docs/errno.md's table is the one the workload checks errno against.
$(UEFI_TEST_DIR)/fault_errno.h: docs/errno.md
	@mkdir -p $(dir $@)
	{ echo '/* Generated from docs/errno.md by tests/uefi/mk/fault.mk. */'; \
	  echo '#include <errno.h>'; \
	  echo 'static inline int fault_errno(EFI_STATUS s)'; \
	  echo '{'; echo '	switch (s) {'; \
	  sed -n 's/^| `\(EFI_[A-Z_]*\)` | `\(E[A-Z0-9]*\)` |$$/	case \1: return \2;/p' $<; \
	  echo '	default: return EIO;'; echo '	}'; echo '}'; } > $@

# Its DNS table (EFI_STATUS to EAI_*) is the one the lookups are checked against.
$(UEFI_TEST_DIR)/fault_eai.h: docs/errno.md
	@mkdir -p $(dir $@)
	{ echo '/* Generated from docs/errno.md by tests/uefi/mk/fault.mk. */'; \
	  echo '#include <netdb.h>'; \
	  echo 'static inline int fault_eai(EFI_STATUS s)'; \
	  echo '{'; echo '	switch (s) {'; \
	  sed -n 's/^| `\(EFI_[A-Z_]*\)` | `\(EAI_[A-Z]*\)` |$$/	case \1: return \2;/p' $<; \
	  echo '	default: return EAI_FAIL;'; echo '	}'; echo '}'; } > $@

$(UEFI_TEST_DIR)/t_fault_w.efi: tests/uefi/t_fault_w.c $(UEFI_TEST_DIR)/fault_errno.h $(UEFI_TEST_DIR)/fault_eai.h $(UEFI_TEST_HDRS) $(LIB) $(CRT0) $(UEFI_CC)
	@mkdir -p $(dir $@)
	$(UEFI_CC) -O2 -Wall -Wextra -Werror -I$(UEFI_TEST_DIR) -o $@ $<
UEFI_TESTS += t_fault_disk
