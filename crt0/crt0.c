/* The program entry point: start the runtime, build argv, run main, exit
 * with its status (see src/uefi/exit.c for how that status is reported). */
#include <stdio.h>
#include <stdlib.h>
#include "../src/uefi/uefi_impl.h"

int main(int argc, char **argv);

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	EFI_STATUS s = __uefi_env_init(image, st);
	if (EFI_ERROR(s))
		return s;
	/* The firmware resets a boot option's image after 5 minutes unless the
	 * watchdog is disarmed; a C program may run as long as it likes. */
	st->BootServices->SetWatchdogTimer(0, 0, 0, 0);

	char **argv;
	int argc = __uefi_args(&argv);
	if (argc < 0) {
		fputs("uefi-libc: out of memory building argv\n", stderr);
		_Exit(EXIT_FAILURE);
	}
	exit(main(argc, argv));
}
