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
	CHECK_EQ(uefi_libc_init(image, st), EFI_SUCCESS, "init");
	CHECK(atexit(at_exit) == 0, "atexit");
	void *p = malloc(100);
	CHECK(p != NULL, "malloc before");
	CHECK(printf("before exit\n") == 12, "printf before");
	CHECK_EQ(th_exit_boot_services(st->BootServices, image), EFI_SUCCESS, "ExitBootServices");
	CHECK(uefi_boot_services() == NULL, "guard: no boot services");
	errno = 0;
	void *volatile q = malloc(sixteen);    /* kept: the compiler may drop an unused malloc */
	CHECK(q == NULL && errno == ENOMEM, "guard: malloc NULL, ENOMEM");
	errno = 0;
	CHECK(printf("after\n") == -1 && errno == EIO, "guard: printf -1, EIO");
	free(p);
	CHECK_EQ(uefi_libc_fini(EFI_WARN_WRITE_FAILURE), EFI_WARN_WRITE_FAILURE, "fini after exit keeps the status");
	CHECK_EQ(at_exit_ran, 1, "atexit handler ran");
	th_end();
	st->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, 0);
	return EFI_SUCCESS;
}
