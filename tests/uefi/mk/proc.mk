UEFI_TESTS += t_setjmp t_proc t_proc_child
