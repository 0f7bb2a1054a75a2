#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

int setenv(const char *name, const char *value, int overwrite)
{
	if (__env_check_name(name))
		return -1;
	if (!value) {
		errno = EINVAL;
		return -1;
	}
	size_t nl = strlen(name), vl = strlen(value);
	if (!overwrite && __env_find(name, nl) >= 0)
		return 0;
	if (__env_check_live())
		return -1;
	char *s = malloc(nl + vl + 2);
	if (!s)
		return -1;
	memcpy(s, name, nl);
	s[nl] = '=';
	memcpy(s + nl + 1, value, vl + 1);
	/* Everything that can fail happens before the external write, so that
	 * the two copies never disagree.  The shell cannot hold an empty value
	 * (it means "delete" there): such a variable is ours alone. */
	if (__env_reserve() || (__sys_env_external() && __sys_env_store(name, vl ? value : 0))) {
		free(s);
		return -1;
	}
	__env_set(s, nl, __ENV_OWNED | (vl ? 0 : __ENV_LOCAL));
	return 0;
}
