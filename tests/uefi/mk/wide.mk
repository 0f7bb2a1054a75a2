# Wide characters: <wctype.h>, wide stdio, wcsftime (docs/strings.md).
UEFI_TESTS += t_wide
