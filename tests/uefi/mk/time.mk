# <time.h> firmware tests (booted by tests/uefi/suites/time.sh).
UEFI_TESTS += t_time t_time_ebs
