# The POSIX corners (suites/posix.sh).
UEFI_TESTS += t_posix
