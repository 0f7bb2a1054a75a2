# <sys/mman.h> (suites/mman.sh).
UEFI_TESTS += t_mman
