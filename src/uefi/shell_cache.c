/* The running UEFI shell's cache of its variables, which a nested shell
 * (how EFI_SHELL_PROTOCOL.Execute runs a command) does not update: brought
 * back to the variable store after system() (shell_command.c), so that the
 * shell (and we, and the user at its prompt once we exit) agree with what
 * the command did. */
#include <stdlib.h>
#include <string.h>
#include "shell_impl.h"

static int refresh_one(void *c, const CHAR16 *name, const CHAR16 *value, UINT32 attrs)
{
	EFI_SHELL_PROTOCOL *sh = c;
	const CHAR16 *cached = sh->GetEnv((CHAR16 *)name);
	if (*value && (!cached || !u16eq(cached, value)))
		sh->SetEnv((CHAR16 *)name, (CHAR16 *)value, !(attrs & EFI_VARIABLE_NON_VOLATILE));
	return 0;
}

void __uefi_shell_refresh_cache(EFI_SHELL_PROTOCOL *sh)
{
	__uefi_shell_each_var(refresh_one, sh);
	/* Names the cache still has but the store lost were unset by the
	 * command: setting and clearing one removes it from both. */
	const CHAR16 *names = sh->GetEnv(0);
	if (!names)
		return;
	size_t len = 0;
	while (names[len] || names[len + 1])
		len++;
	CHAR16 *copy = malloc((len + 2) * sizeof *copy);
	if (!copy)
		return;
	memcpy(copy, names, (len + 2) * sizeof *copy);
	EFI_RUNTIME_SERVICES *rt = uefi_system_table()->RuntimeServices;
	for (CHAR16 *nm = copy; *nm; nm += u16len(nm) + 1) {
		UINTN size = 0;
		if (rt->GetVariable(nm, &__uefi_shell_var_guid, 0, &size, 0) == EFI_NOT_FOUND &&
		    !EFI_ERROR(sh->SetEnv(nm, (CHAR16 *)L"x", TRUE)))
			sh->SetEnv(nm, (CHAR16 *)L"", TRUE);
	}
	free(copy);
}

