# Files on FAT volumes (suites/files.sh).
UEFI_TESTS += t_files
UEFI_TESTS += t_files_ebs
UEFI_TESTS += t_files_shell
