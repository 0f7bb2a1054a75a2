# The bootloader toolkit (include/uefi/boot.h, include/uefi/console.h).
UEFI_TESTS += t_ebs_retry
