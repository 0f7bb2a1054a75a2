# The path in for gnu-efi-style programs (include/uefi/init.h): programs
# with their own efi_main, linked by the same uefi-cc.
UEFI_TESTS += t_gnuefi t_gnuefi_ebs t_mkimage
