/* uefi_libc_init, uefi_libc_args, uefi_libc_fini: the library started and
 * ended by a program's own efi_main (include/uefi/init.h).  They share the
 * start-up with crt0 (__uefi_env_init, __uefi_args) and the release with
 * exit (__uefi_release in exit.c). */
#include <stdatomic.h>
#include <uefi/init.h>
#include "../internal/exit.h"
#include "../internal/progname.h"
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

static enum { NEVER, RUNNING, ENDED } state;
static int args_count;
static char **args_vector;

EFI_STATUS uefi_libc_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	/* Once started (by crt0 or here), and after an end: the library's
	 * state is not made to start twice.  No firmware call (this holds
	 * after ExitBootServices too). */
	if (state != NEVER || uefi_system_table())
		return state == ENDED ? EFI_UNSUPPORTED : EFI_ALREADY_STARTED;
	if (!image || !st || !st->BootServices)
		return EFI_INVALID_PARAMETER;
	/* As crt0 starts a main program. */
	EFI_STATUS s = __uefi_env_init(image, st);
	if (EFI_ERROR(s))
		return s;
	args_count = __uefi_args(&args_vector);
	if (args_count >= 0)
		__progname_init(args_vector[0]);
	if (args_count < 0) {
		args_count = 0;
		args_vector = 0;
		__uefi_release();
		atomic_store_explicit(&__sys_alive_token, (void *)0, memory_order_release);
		state = ENDED;
		return EFI_OUT_OF_RESOURCES;
	}
	state = RUNNING;
	/* The program's constructors, as before main (src/uefi/ctors.c). */
	__main();
	return EFI_SUCCESS;
}

int uefi_libc_args(char ***argv)
{
	if (argv)
		*argv = args_vector;
	return args_count;
}

EFI_STATUS uefi_libc_fini(EFI_STATUS status)
{
	if (state != RUNNING)
		return status;
	state = ENDED;
	__exit_handlers();
	__exit_release();
	/* argv goes back with the rest: it is no longer the program's. */
	args_count = 0;
	args_vector = 0;
	__uefi_release();
	/* From here every library function fails as it does after
	 * ExitBootServices, calling no firmware. */
	atomic_store_explicit(&__sys_alive_token, (void *)0, memory_order_release);
	return status;
}
