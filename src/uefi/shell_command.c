/* system() through the UEFI shell (EFI_SHELL_PROTOCOL.Execute), when the
 * shell started this program. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys_env.h"
#include "shell_impl.h"

/* A command's status as system() reports it, in the wait-status encoding
 * <sys/wait.h> decodes (docs/process.md).  Run directly, a uefi-libc
 * program's exit(n) arrives as the OEM error 0xC0000000_nnnnnnnn; through a
 * nested shell (EDK II's default) with its top bits cleared, which for
 * n > 0 leaves n and for abort()'s EFI_ABORTED leaves 21.  The exit status
 * is n's low 8 bits, as POSIX's exit() keeps. */
static int command_status(EFI_STATUS s)
{
	unsigned code;
	if (s == EFI_SUCCESS)
		return 0;
	if (s == EFI_ABORTED)
		return 6;                       /* abort(): ended by SIGABRT */
	if ((s >> 62) == 3 || !EFI_ERROR(s))
		code = (uint32_t)s;
	else
		code = 127;                     /* the shell could not run it */
	return (int)((code & 0xff) << 8);
}

/* Whether Execute starts a nested shell (it does unless the shell's
 * read-only variable nonesting says "True"). */
static int nesting(EFI_SHELL_PROTOCOL *sh)
{
	const CHAR16 *v = sh->GetEnv((CHAR16 *)L"nonesting");
	static const char t[] = "true";
	if (!v)
		return 1;
	for (int i = 0; i < 4; i++)
		if ((v[i] | 0x20) != t[i])
			return 1;
	return v[4] != 0;
}

/* A nested EDK II shell clears the screen as the first thing it does.  A
 * program calling system() does not expect its screen wiped, so that one
 * ClearScreen is swallowed: the console's entry is replaced for the length
 * of Execute, and the replacement puts the real one back at its first call. */
static SIMPLE_TEXT_OUTPUT_INTERFACE *patched;
static EFI_TEXT_CLEAR_SCREEN real_clear;

static EFI_STATUS EFIAPI swallow_clear(SIMPLE_TEXT_OUTPUT_INTERFACE *self)
{
	(void)self;
	if (patched) {
		patched->ClearScreen = real_clear;
		patched = 0;
	}
	return EFI_SUCCESS;
}

int __sys_command(const char *command)
{
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	if (!command)
		return sh != 0;
	if (!sh) {
		errno = ENOSYS;
		return -1;
	}
	/* A nested shell would print its banner and mapping table first. */
	static const char quiet[] = "-nomap -noversion ";
	int nested = nesting(sh);
	size_t n = strlen(command);
	char *full = malloc(sizeof quiet + n);
	if (!full)
		return -1;
	size_t q = nested ? sizeof quiet - 1 : 0;
	memcpy(full, quiet, q);
	memcpy(full + q, command, n + 1);
	CHAR16 *line = __uefi_shell_utf16(full);
	free(full);
	if (!line)
		return -1;
	EFI_HANDLE image = uefi_image_handle();
	EFI_STATUS status = EFI_SUCCESS;
	SIMPLE_TEXT_OUTPUT_INTERFACE *con = uefi_system_table()->ConOut;
	if (nested && con && con->ClearScreen) {
		patched = con;
		real_clear = con->ClearScreen;
		con->ClearScreen = swallow_clear;
	}
	EFI_STATUS s = sh->Execute(&image, line, 0, &status);
	if (patched) {
		patched->ClearScreen = real_clear;
		patched = 0;
	}
	free(line);
	if (nested)
		__uefi_shell_refresh_cache(sh);
	if (EFI_ERROR(s)) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	return command_status(status);
}
