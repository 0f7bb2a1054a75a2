#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

/* string itself becomes the entry: changing it later changes the variable
 * here at once, and in the shell's copy when system() next runs a command.
 * Without '=', the name is removed, as glibc and musl do. */
int putenv(char *string)
{
	if (!string) {
		errno = EINVAL;
		return -1;
	}
	char *eq = strchr(string, '=');
	if (!eq)
		return unsetenv(string);
	if (eq == string) {
		errno = EINVAL;
		return -1;
	}
	if (__env_check_live() || __env_reserve())
		return -1;
	size_t nl = (size_t)(eq - string);
	if (__sys_env_external()) {
		char *name = malloc(nl + 1);
		if (!name)
			return -1;
		memcpy(name, string, nl);
		name[nl] = 0;
		int r = __sys_env_store(name, eq[1] ? eq + 1 : 0);
		free(name);
		if (r)
			return -1;
	}
	__env_set(string, nl, __ENV_PUT | (eq[1] ? 0 : __ENV_LOCAL));
	return 0;
}
