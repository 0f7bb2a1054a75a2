# The compiler runtime helpers (src/crt/, docs/abi.md): 128-bit arithmetic.
UEFI_TESTS += t_crt
