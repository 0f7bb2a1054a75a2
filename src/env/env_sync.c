#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

static int merge(void *ctx, const char *name, const char *value)
{
	(void)ctx;
	size_t nl = strlen(name), vl = strlen(value);
	if (!nl || strchr(name, '='))
		return 0;           /* no "name=value" string can hold it */
	long i = __env_find(name, nl);
	if (i >= 0 && !strcmp(environ[i] + nl + 1, value)) {
		/* Unchanged: the string getenv returned stays valid. */
		__env_flags[i] |= __ENV_SEEN;
		return 0;
	}
	char *s = malloc(nl + vl + 2);
	if (!s || __env_reserve()) {
		free(s);
		return -1;
	}
	memcpy(s, name, nl);
	s[nl] = '=';
	memcpy(s + nl + 1, value, vl + 1);
	__env_set(s, nl, __ENV_OWNED | __ENV_SEEN);
	return 0;
}

void __env_sync(void)
{
	if (!__sys_env_external() || __env_reserve())
		return;
	size_t i;
	for (i = 0; environ[i]; i++)
		__env_flags[i] &= (unsigned char)~__ENV_SEEN;
	int failed = __sys_env_list(merge, 0) != 0;
	/* What the external copy no longer has was unset there; after a failed
	 * read nothing is dropped. */
	for (i = 0; environ[i];) {
		if (!failed && !(__env_flags[i] & (__ENV_SEEN | __ENV_LOCAL))) {
			__env_remove(i);
			continue;
		}
		__env_flags[i] &= (unsigned char)~__ENV_SEEN;
		i++;
	}
}

void __env_push_put(void)
{
	if (!__sys_env_external() || __env_reserve())
		return;
	for (size_t i = 0; environ[i]; i++) {
		const char *s = environ[i], *eq = strchr(s, '=');
		if (!(__env_flags[i] & __ENV_PUT) || !eq || eq == s)
			continue;
		size_t nl = (size_t)(eq - s);
		char *name = malloc(nl + 1);
		if (!name)
			return;
		memcpy(name, s, nl);
		name[nl] = 0;
		if (!__sys_env_store(name, eq[1] ? eq + 1 : 0)) {
			__env_flags[i] &= (unsigned char)~__ENV_LOCAL;
			if (!eq[1])
				__env_flags[i] |= __ENV_LOCAL;
		}
		free(name);
	}
}
