UEFI_TESTS += t_net
UEFI_TESTS += t_net_exit
UEFI_TESTS += t_dns

