# getopt, regex, fnmatch, glob (docs/posix.md).
UEFI_TESTS += t_posix
