#include <errno.h>
#include <sched.h>

/* Nothing else runs: yielding returns at once. */
int sched_yield(void)
{
	return 0;
}

/* Linux's ranges: 1-99 for the real-time policies, 0 for SCHED_OTHER. */
int sched_get_priority_max(int policy)
{
	if (policy == SCHED_OTHER)
		return 0;
	if (policy == SCHED_FIFO || policy == SCHED_RR)
		return 99;
	errno = EINVAL;
	return -1;
}

int sched_get_priority_min(int policy)
{
	if (policy == SCHED_OTHER)
		return 0;
	if (policy == SCHED_FIFO || policy == SCHED_RR)
		return 1;
	errno = EINVAL;
	return -1;
}
