/* Private to the UEFI shell's environment and commands (shell_vars.c,
 * shell_cache.c, shell_command.c). */
#ifndef __UEFI_SHELL_IMPL_H
#define __UEFI_SHELL_IMPL_H

#include <stdlib.h>
#include <string.h>
#include "uefi_impl.h"

static inline size_t u16len(const CHAR16 *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline int u16eq(const CHAR16 *a, const CHAR16 *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* Text between the shell and the library (shell_vars.c): a NUL-terminated
 * UTF-16 string as UTF-8, and UTF-8 as UTF-16 (malformed bytes become
 * U+FFFD), each in malloc'd memory; NULL when memory ran out. */
char *__uefi_shell_utf8(const CHAR16 *s);
CHAR16 *__uefi_shell_utf16(const char *s);

/* EDK II's shell keeps each variable as a UEFI variable under this GUID,
 * and a cache of them that a nested shell (which is how Execute runs a
 * command) does not update.  The variables themselves are the truth. */
extern EFI_GUID __uefi_shell_var_guid;

/* Calls fn(ctx, name, value, attributes) for every shell variable in the
 * variable store; returns how many there were, or -1 when fn failed or
 * memory ran out. */
long __uefi_shell_each_var(int (*fn)(void *ctx, const CHAR16 *name, const CHAR16 *value, UINT32 attrs),
                           void *ctx);

/* After a nested shell changed variables, brings the running shell's cache
 * back to the variable store (shell_cache.c). */
void __uefi_shell_refresh_cache(EFI_SHELL_PROTOCOL *sh);

#endif
