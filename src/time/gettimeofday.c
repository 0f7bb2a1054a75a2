#include <sys/time.h>
#include "../internal/time_impl.h"

/* The obsolete zone argument is filled from the platform's zone when given. */
int gettimeofday(struct timeval *restrict tv, void *restrict tzp)
{
	struct timespec ts;
	if (tv) {
		if (__wall_now(&ts))
			return -1;
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = ts.tv_nsec / 1000;
	}
	if (tzp) {
		struct timezone *tz = tzp;
		struct __zone z;
		__zone_get(&z);
		tz->tz_minuteswest = (int)(-(z.utcoff - (z.isdst ? 3600 : 0)) / 60);
		tz->tz_dsttime = z.isdst;
	}
	return 0;
}
