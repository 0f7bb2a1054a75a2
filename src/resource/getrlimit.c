#include <errno.h>
#include <limits.h>
#include "../internal/rlimit.h"
#include "../internal/sys.h"

struct rlimit __rlimits[RLIMIT_NLIMITS];
static int ready;

void __rlimits_init(void)
{
	if (ready)
		return;
	ready = 1;
	for (int i = 0; i < RLIMIT_NLIMITS; i++)
		__rlimits[i].rlim_cur = __rlimits[i].rlim_max = RLIM_INFINITY;
	/* The stack main runs on: its whole size, which nothing can raise
	 * (the firmware's 128 KiB when main runs there: src/uefi/stack.c). */
	__rlimits[RLIMIT_STACK].rlim_cur = __rlimits[RLIMIT_STACK].rlim_max = __sys_stack_size();
	__rlimits[RLIMIT_NOFILE].rlim_cur = __rlimits[RLIMIT_NOFILE].rlim_max = OPEN_MAX;   /* the descriptor table (src/file/fd.c) */
}

int getrlimit(int resource, struct rlimit *rl)
{
	if (resource < 0 || resource >= RLIMIT_NLIMITS) {
		errno = EINVAL;
		return -1;
	}
	__rlimits_init();
	*rl = __rlimits[resource];
	return 0;
}
