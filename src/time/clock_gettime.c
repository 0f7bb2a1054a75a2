#include <errno.h>
#include "../internal/sys_time.h"
#include "../internal/time_impl.h"

/* One program on one processor, never descheduled: its processor time is
 * the time since it started, which is what the monotonic counter counts. */
int clock_gettime(clockid_t id, struct timespec *ts)
{
	unsigned long long ns;
	switch (id) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
		return __wall_now(ts);
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		if (__sys_monotonic_ns(&ns))
			return -1;
		ts->tv_sec = (time_t)(ns / 1000000000);
		ts->tv_nsec = (long)(ns % 1000000000);
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}
