#include <errno.h>
#include <time.h>

#include "../internal/thread_impl.h"

int __thread_wait_until(clockid_t clock, const struct timespec *abstime)
{
	if (!abstime || abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000)
		return EINVAL;
	int e = errno;
	for (;;) {
		struct timespec now;
		if (clock_gettime(clock, &now) != 0)
			break;
		if (now.tv_sec > abstime->tv_sec || (now.tv_sec == abstime->tv_sec && now.tv_nsec >= abstime->tv_nsec))
			break;
		/* Sleep to the deadline; where sleeping is impossible (after
		 * ExitBootServices) the loop watches the clock instead. */
		if (clock_nanosleep(clock, TIMER_ABSTIME, abstime, NULL) == 0)
			continue;
	}
	errno = e;
	return ETIMEDOUT;
}
