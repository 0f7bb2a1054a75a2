#include <errno.h>
#include "../internal/sys_time.h"
#include <time.h>

int clock_getres(clockid_t id, struct timespec *res)
{
	long ns;
	switch (id) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		ns = __sys_wall_resolution();
		break;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		ns = __sys_monotonic_resolution();
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (ns < 0)
		return -1;
	if (res) {
		res->tv_sec = ns / 1000000000;
		res->tv_nsec = ns % 1000000000;
	}
	return 0;
}
