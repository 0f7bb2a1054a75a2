# The compiler runtime helpers in the firmware (tests/uefi/t_crt.c): a direct boot.
direct crt 60
