# Files on FAT volumes (suites/files.sh).
UEFI_TESTS += t_files
