#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"

/* The string stays valid until this name is set, unset or put again, or
 * system() finds it changed. */
char *getenv(const char *name)
{
	if (!name || strchr(name, '='))
		return 0;
	size_t len = strlen(name);
	long i = __env_find(name, len);
	return i < 0 ? 0 : environ[i] + len + 1;
}
