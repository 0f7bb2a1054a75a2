/* build: -Oz (start-up or exit code: every program carries it once) */
/* The UEFI shell's protocols, looked up in one place with one policy.
 *
 * The Shell Parameters protocol on our own image handle is what says the
 * shell started this program (its argv, its redirected StdIn).  The Shell
 * protocol is on the system whenever a shell is loaded, even when a boot
 * option started us, and then its current directory and variables are not
 * ours: it is used only when the parameters protocol is there too, and only
 * from version 2.0 (Execute, GetEnv and SetEnv are the first members of
 * every version; anything older is not this protocol).  The Shell protocol
 * is looked up once: it does not come or go while the program runs. */
#include "uefi_impl.h"

static int shell_looked;
static EFI_SHELL_PROTOCOL *shell;

/* Looked up once, at start-up (argv asks first): whether the shell
 * started this program is decided then and does not change while it
 * runs.  Asking again at each use let a lookup that failed later (the
 * firmware out of memory, say) turn setenv and system into ENOSYS in the
 * middle of a program the shell started, which no page documents. */
static int params_looked;
static EFI_SHELL_PARAMETERS_PROTOCOL *params;

EFI_SHELL_PARAMETERS_PROTOCOL *__uefi_shell_params(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs)
		return 0;
	if (!params_looked) {
		EFI_GUID g = EFI_SHELL_PARAMETERS_PROTOCOL_GUID;
		void *p = 0;
		params_looked = 1;
		if (!EFI_ERROR(bs->HandleProtocol(uefi_image_handle(), &g, &p)))
			params = p;
	}
	return params;
}

/* Apart from the above, so that start-up (argv) does not link it. */
EFI_SHELL_PROTOCOL *__uefi_shell(void)
{
	if (!__uefi_shell_params())
		return 0;
	if (!shell_looked) {
		EFI_GUID g = EFI_SHELL_PROTOCOL_GUID;
		void *s = 0;
		shell_looked = 1;
		if (!EFI_ERROR(uefi_boot_services()->LocateProtocol(&g, 0, &s)) && s &&
		    ((EFI_SHELL_PROTOCOL *)s)->MajorVersion >= 2)
			shell = s;
	}
	return shell;
}
