/* The UEFI shell's variables (EFI_SHELL_PROTOCOL, UEFI Shell 2.x), for
 * getenv/setenv: used when the shell started this program (its Shell
 * Parameters protocol is on our image handle).  A program started some other
 * way (a boot option, another program's StartImage) has no external
 * environment, even if a shell happens to be running.  The shell's cache:
 * shell_cache.c; commands: shell_command.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys_env.h"
#include "../internal/unicode.h"
#include "shell_impl.h"

int __sys_env_external(void)
{
	return __uefi_shell() != 0;
}

char *__uefi_shell_utf8(const CHAR16 *s)
{
	size_t n = u16len(s);
	char *out = malloc(__utf16_to_utf8_size(s, n) + 1);
	if (out)
		out[__utf16_to_utf8(s, n, out)] = 0;
	return out;
}

CHAR16 *__uefi_shell_utf16(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	CHAR16 *out = malloc((2 * n + 1) * sizeof *out), *o = out;
	if (!out)
		return 0;
	struct __utf8_decoder d = { 0 };
	uint32_t cp[2];
	for (size_t i = 0; i <= n; i++) {
		int k = i < n ? __utf8_decode_byte(&d, (unsigned char)s[i], cp) : __utf8_decode_end(&d, cp);
		for (int j = 0; j < k; j++)
			o += __utf16_put((uint16_t *)o, cp[j]);
	}
	*o = 0;
	return out;
}

EFI_GUID __uefi_shell_var_guid = { 0x158def5a, 0xf656, 0x419c, { 0xb0, 0x27, 0x7a, 0x31, 0x92, 0xc0, 0x79, 0xd2 } };

static int guid_eq(const EFI_GUID *a, const EFI_GUID *b)
{
	const unsigned char *x = (const void *)a, *y = (const void *)b;
	for (int i = 0; i < 16; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

long __uefi_shell_each_var(int (*fn)(void *ctx, const CHAR16 *name, const CHAR16 *value, UINT32 attrs),
                           void *ctx)
{
	EFI_RUNTIME_SERVICES *rt = uefi_system_table()->RuntimeServices;
	UINTN cap = 256;
	CHAR16 *name = calloc(cap, 1);
	long found = 0;
	EFI_GUID guid;
	if (!name)
		return -1;
	for (;;) {
		UINTN size = cap;
		EFI_STATUS s = rt->GetNextVariableName(&size, name, &guid);
		if (s == EFI_BUFFER_TOO_SMALL) {
			CHAR16 *bigger = realloc(name, size);
			if (!bigger)
				break;
			memset((char *)bigger + cap, 0, size - cap);
			name = bigger;
			cap = size;
			continue;
		}
		if (EFI_ERROR(s))
			break;
		if (!guid_eq(&guid, &__uefi_shell_var_guid))
			continue;
		UINT32 attrs;
		UINTN vsize = 0;
		if (rt->GetVariable(name, &guid, &attrs, &vsize, 0) != EFI_BUFFER_TOO_SMALL)
			continue;
		CHAR16 *value = malloc(vsize + sizeof(CHAR16));
		if (!value) {
			found = -1;
			break;
		}
		if (!EFI_ERROR(rt->GetVariable(name, &guid, &attrs, &vsize, value))) {
			value[vsize / sizeof(CHAR16)] = 0;
			found++;
			if (fn(ctx, name, value, attrs)) {
				free(value);
				found = -1;
				break;
			}
		}
		free(value);
	}
	free(name);
	return found;
}

struct list_ctx {
	int (*add)(void *ctx, const char *name, const char *value);
	void *ctx;
};

static int list_one(void *c, const CHAR16 *name, const CHAR16 *value, UINT32 attrs)
{
	struct list_ctx *lc = c;
	(void)attrs;
	char *n = __uefi_shell_utf8(name), *v = __uefi_shell_utf8(value);
	int r = n && v ? lc->add(lc->ctx, n, v) : -1;
	free(n);
	free(v);
	return r;
}

int __sys_env_list(int (*add)(void *ctx, const char *name, const char *value), void *ctx)
{
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	if (!sh) {
		errno = ENOSYS;
		return -1;
	}
	struct list_ctx lc = { add, ctx };
	long n = __uefi_shell_each_var(list_one, &lc);
	if (n < 0)
		return -1;
	if (n > 0)
		return 0;
	/* A shell that keeps its variables elsewhere: ask it.  Names, each
	 * NUL-terminated, the list ending with an empty one; the shell keeps
	 * and frees the buffers GetEnv returns. */
	const CHAR16 *names = sh->GetEnv(0);
	if (!names)
		return 0;
	for (const CHAR16 *nm = names; *nm; nm += u16len(nm) + 1) {
		const CHAR16 *v = sh->GetEnv((CHAR16 *)nm);
		if (v && list_one(&lc, nm, v, 0))
			return -1;
	}
	return 0;
}

static CHAR16 *u16dup(const CHAR16 *s)
{
	size_t n = u16len(s) + 1;
	CHAR16 *d = malloc(n * sizeof *d);
	if (d)
		memcpy(d, s, n * sizeof *d);
	return d;
}

/* The variables EDK II's SetEnv refuses (EFI_INVALID_PARAMETER), compared
 * without case as the shell does. */
static int shell_read_only(const CHAR16 *name)
{
	static const char *const ro[] = { "cwd", "lasterror", "profiles", "uefishellsupport",
	                                  "uefishellversion", "uefiversion", "nonesting" };
	for (size_t i = 0; i < sizeof ro / sizeof *ro; i++) {
		size_t k = 0;
		while (ro[i][k] && name[k] < 128 && (name[k] | 0x20) == ro[i][k])
			k++;
		if (!ro[i][k] && !name[k])
			return 1;
	}
	return 0;
}

int __sys_env_store(const char *name, const char *value)
{
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	if (!sh) {
		errno = ENOSYS;
		return -1;
	}
	CHAR16 *n = __uefi_shell_utf16(name), *v = value ? __uefi_shell_utf16(value) : 0, *old = 0;
	EFI_STATUS s = EFI_OUT_OF_RESOURCES;
	BOOLEAN vol = TRUE;
	if (n && (v || !value)) {
		/* New variables are volatile (gone at reset); one the user made
		 * non-volatile stays so, or SetEnv would delete the stored copy. */
		UINT32 attrs = 0;
		const CHAR16 *cur = sh->MajorVersion > 2 || sh->MinorVersion >= 1 ? sh->GetEnvEx(n, &attrs) : sh->GetEnv(n);
		if (value && cur && (attrs & EFI_VARIABLE_NON_VOLATILE))
			vol = FALSE;
		/* SetEnv deletes the old value before it stores the new one, and
		 * does not put it back when the store fails (a value too large). */
		if (value && cur)
			old = u16dup(cur);
		s = sh->SetEnv(n, v ? v : (CHAR16 *)L"", vol);
		/* Deleting what is not there is no error. */
		if (!value && s == EFI_NOT_FOUND)
			s = EFI_SUCCESS;
		if (EFI_ERROR(s) && old && !sh->GetEnv(n))
			sh->SetEnv(n, old, vol);
	}
	int err = __uefi_status_to_errno(s);
	/* Refused for a name that is not read-only: the value did not fit. */
	if (s == EFI_INVALID_PARAMETER && value && n && !shell_read_only(n))
		err = ENOMEM;
	free(n);
	free(v);
	free(old);
	if (EFI_ERROR(s)) {
		errno = err;
		return -1;
	}
	return 0;
}

