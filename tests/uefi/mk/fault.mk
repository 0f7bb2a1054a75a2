# Fault injection sweeps (suites/fault.sh): the runner with the injector,
# and the workload image it starts once per injected fault.
UEFI_TESTS += t_fault t_fault_w

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
