#include <errno.h>
#include "../internal/time_impl.h"

/* Fields out of range are carried exactly (months into years, seconds into
 * minutes...), then the result is broken down again.  tm_isdst asks which
 * offset the fields are in: the zone's standard time or its daylight time
 * one hour ahead, as glibc assumes when the zone has no rule saying
 * otherwise; negative lets the zone decide. */
time_t mktime(struct tm *tm)
{
	struct __zone z;
	__zone_get(&z);
	int want = tm->tm_isdst < 0 ? z.isdst : tm->tm_isdst > 0;
	long off = z.utcoff + 3600L * (want - z.isdst);
	long long t = __tm_to_secs(tm) - off;
	struct tm r;
	if (!__localtime_zone(t, &z, &r))
		return -1;
	*tm = r;
	return t;
}
