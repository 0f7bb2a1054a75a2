/* The entry point of a driver image (uefi-cc --boot-service-driver or
 * --runtime-driver; docs/drivers.md): start the library, build argv, run
 * main; 0 leaves the image resident, anything else ends the driver as exit
 * does (src/uefi/driver.c). */
#include <stdlib.h>
#include "../src/internal/progname.h"
#include "../src/internal/sys.h"
#include "../src/uefi/uefi_impl.h"

int main(int argc, char **argv, char **envp);

/* As in crt0.c: the environment only when the program uses it. */
extern char **__env_start(void) __attribute__((__weak__));
static char *no_environment[1];
/* As in crt0.c: the stack protector's seeding only when it is linked. */
extern void __security_init_cookie(void) __attribute__((__weak__));

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	EFI_STATUS s = __uefi_driver_init(image, st);
	if (EFI_ERROR(s))
		return s;
	if (__security_init_cookie)
		__security_init_cookie();

	char **argv;
	int argc = __uefi_args(&argv);
	if (argc < 0) {
		static const char msg[] = "uefi-libc: out of memory building argv\n";
		__sys_console_write(2, msg, sizeof msg - 1);
		_Exit(EXIT_FAILURE);
	}
	__progname_init(argv[0]);
	char **envp = no_environment;
	if (__env_start)
		envp = __env_start();
	/* The constructors (src/uefi/ctors.c); main runs on the firmware's
	 * stack in a driver (docs/drivers.md). */
	__main();
	int status = main(argc, argv, envp);
	if (status)
		exit(status);
	return __uefi_driver_resident();
}
