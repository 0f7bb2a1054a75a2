/* build: -Oz (start-up or exit code: every program carries it once) */
#include <stdint.h>
#include "../internal/arch.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

/* Exit status to EFI_STATUS:
 *   0                 EFI_SUCCESS
 *   n != 0            0xC000000000000000 | (uint32_t)n, an OEM error code
 *                     (both top bits set), so that it is always an error,
 *                     never a warning, and the parent reads n back from the
 *                     low 32 bits;
 *   abort()           EFI_ABORTED. */
EFI_STATUS __uefi_exit_status(int status, int abnormal)
{
	if (abnormal)
		return EFI_ABORTED;
	if (!status)
		return EFI_SUCCESS;
	return (EFI_STATUS)EFIERR_OEM((EFI_STATUS)(uint32_t)status);
}

/* The file layer's volume roots (fs.c), when it is linked. */
extern void __uefi_fs_fini(void) __attribute__((__weak__));

/* argv, the page layer's own pages, the volumes' root handles and the
 * ExitBootServices event, given back at the end of the program (or at
 * uefi_libc_fini). */
void __uefi_release(void)
{
	if (__uefi_fs_fini)
		__uefi_fs_fini();
	__uefi_args_fini();
	__uefi_pages_fini();
	__uefi_env_fini();
}

/* Set by a driver's start-up (driver.c): what ending means for a driver. */
EFI_STATUS (*__uefi_driver_end)(EFI_STATUS s);

/* With boot services: close the event (so that no later ExitBootServices
 * calls into this unloaded image) and return to the parent through Exit.
 * Without them there is nobody to return to: the machine is powered off
 * through the runtime services, and halted if even that fails.  Runs on
 * the firmware's stack, the program's own given back (stack.c). */
static _Noreturn void finish(void *status)
{
	EFI_STATUS s = (EFI_STATUS)(uintptr_t)status;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs) {
		__uefi_release();
		if (__uefi_driver_end)
			s = __uefi_driver_end(s);
		bs->Exit(uefi_image_handle(), s, 0, 0);
	}
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	if (st && st->RuntimeServices)
		st->RuntimeServices->ResetSystem(EfiResetShutdown, s, 0, 0);
	__arch_halt();
}

_Noreturn void __sys_exit(int status, int abnormal)
{
	__uefi_stack_leave(finish, (void *)(uintptr_t)__uefi_exit_status(status, abnormal));
}
