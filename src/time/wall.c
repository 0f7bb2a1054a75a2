#include <errno.h>
#include "../internal/sys_time.h"
#include "../internal/time_impl.h"

static int days_in_month(int y, int m)
{
	static const unsigned char n[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : n[m - 1];
}

/* Local civil time, then UTC through the zone the platform gave with it
 * (none: the time is taken as UTC). */
int __wall_to_epoch(const struct __sys_wall *w, long long *s)
{
	if (w->mon < 1 || w->mon > 12 || w->mday < 1 || w->mday > days_in_month(w->year, w->mon) ||
	    w->hour < 0 || w->hour > 23 || w->min < 0 || w->min > 59 || w->sec < 0 || w->sec > 59 ||
	    w->nsec < 0 || w->nsec > 999999999)
		return -1;
	long long local = __days_from_civil(w->year, w->mon, w->mday) * 86400 +
	                  w->hour * 3600 + w->min * 60 + w->sec;
	*s = local - (w->zone_known ? w->utcoff : 0);
	return 0;
}

/* The platform reads local time and says how far it is from UTC; a reading
 * that is no date (a clock never set, a failing device) is an error rather
 * than a time that would be silently wrong. */
int __wall_now(struct timespec *ts)
{
	struct __sys_wall w;
	long long s;
	if (__sys_wall_clock(&w))
		return -1;
	if (__wall_to_epoch(&w, &s)) {
		errno = EIO;
		return -1;
	}
	ts->tv_sec = s;
	ts->tv_nsec = w.nsec;
	return 0;
}
