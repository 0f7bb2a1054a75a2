#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

int unsetenv(const char *name)
{
	if (__env_check_name(name) || __env_check_live() || __env_reserve())
		return -1;
	if (__sys_env_external() && __sys_env_store(name, 0))
		return -1;
	size_t nl = strlen(name);
	long i;
	while ((i = __env_find(name, nl)) >= 0)
		__env_remove((size_t)i);
	return 0;
}
