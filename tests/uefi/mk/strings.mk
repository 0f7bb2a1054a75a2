# Strings, conversions, sorting (docs/strings.md).
UEFI_TESTS += t_strings
