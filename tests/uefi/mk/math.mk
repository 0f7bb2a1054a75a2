UEFI_TESTS += t_math
