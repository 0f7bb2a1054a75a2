#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

/* Every variable is unset, in the shell's copy too.  Those the shell
 * refuses to remove (its read-only ones) stay, and the call fails with the
 * first refusal's errno. */
int clearenv(void)
{
	if (__env_check_live() || __env_reserve())
		return -1;
	int err = 0;
	size_t i = 0;
	while (environ[i]) {
		const char *s = environ[i], *eq = strchr(s, '=');
		size_t nl = eq ? (size_t)(eq - s) : strlen(s);
		if (__sys_env_external() && !(__env_flags[i] & __ENV_LOCAL)) {
			char *name = malloc(nl + 1);
			int r = -1;
			if (name) {
				memcpy(name, s, nl);
				name[nl] = 0;
				r = __sys_env_store(name, 0);
				free(name);
			}
			if (r) {
				if (!err)
					err = errno;
				i++;
				continue;
			}
		}
		__env_remove(i);
	}
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}
