# getopt, regex, fnmatch, glob (docs/posix-text.md).
UEFI_TESTS += t_posix_text
