/* A gnu-efi-style program (its own efi_main, uefi_libc_init) that calls
 * ExitBootServices itself, raw: the guard must hold as in a main program,
 * and uefi_libc_fini must end the library without calling the firmware.
 * Booted directly (no shell); powers off at the end (QEMU status 0). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <uefi/init.h>
#include "harness.h"

static size_t volatile sixteen = 16;
static int at_exit_ran;
static void at_exit(void)
{
	at_exit_ran++;
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	th_begin("gnuefi-ebs");
	CHECK_EQ("init", uefi_libc_init(image, st), EFI_SUCCESS);
	CHECK("atexit", atexit(at_exit) == 0);
	void *p = malloc(100);
	CHECK("malloc before", p != NULL);
	CHECK("printf before", printf("before exit\n") == 12);
	CHECK_EQ("ExitBootServices", th_exit_boot_services(st->BootServices, image), EFI_SUCCESS);
	CHECK("guard: no boot services", uefi_boot_services() == NULL);
	errno = 0;
	void *volatile q = malloc(sixteen);    /* kept: the compiler may drop an unused malloc */
	CHECK("guard: malloc NULL, ENOMEM", q == NULL && errno == ENOMEM);
	errno = 0;
	CHECK("guard: printf -1, EIO", printf("after\n") == -1 && errno == EIO);
	free(p);
	CHECK_EQ("fini after exit keeps the status", uefi_libc_fini(EFI_WARN_WRITE_FAILURE), EFI_WARN_WRITE_FAILURE);
	CHECK_EQ("atexit handler ran", at_exit_ran, 1);
	th_end();
	st->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, 0);
	return EFI_SUCCESS;
}
