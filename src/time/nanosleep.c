#include <errno.h>
#include "../internal/sys_time.h"
#include <time.h>

/* Rounded up to whole microseconds (the platform's unit); an absurdly long
 * request saturates rather than wrapping to a short one.  Nothing
 * interrupts a sleep, so rmtp is written only when the sleep fails, with
 * the whole request. */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	if (req->tv_nsec < 0 || req->tv_nsec > 999999999 || req->tv_sec < 0) {
		errno = EINVAL;
		return -1;
	}
	unsigned long long sec = (unsigned long long)req->tv_sec;
	unsigned long long us = (unsigned long long)(req->tv_nsec + 999) / 1000;
	us = sec > (~0ULL - us) / 1000000 ? ~0ULL : sec * 1000000 + us;
	if (__sys_sleep_us(us)) {
		if (rem)
			*rem = *req;
		return -1;
	}
	return 0;
}
