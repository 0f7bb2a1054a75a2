#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "../internal/env_impl.h"
#include "../internal/sys_env.h"

/* The command sees our environment (it is the shell's, written through) and
 * whatever we printed so far; what it changes in the environment we see
 * afterwards. */
int system(const char *command)
{
	if (!command)
		return __sys_command(0);
	fflush(0);
	__env_push_put();
	int r = __sys_command(command);
	int e = errno;
	__env_sync();
	errno = e;
	return r;
}
