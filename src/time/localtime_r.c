#include <stddef.h>
#include "../internal/time_impl.h"

/* Fails (EOVERFLOW) when the year does not fit tm_year in UTC or in the
 * zone, as glibc's localtime does for a zone given by offset. */
struct tm *__localtime_zone(long long t, const struct __zone *z, struct tm *tm)
{
	struct tm utc;
	if (__secs_to_tm(t, 0, &utc) || __secs_to_tm(t, z->utcoff, tm))
		return NULL;
	tm->tm_isdst = z->isdst;
	tm->tm_gmtoff = z->utcoff;
	tm->tm_zone = z->name;
	return tm;
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	struct __zone z;
	__zone_get(&z);
	return __localtime_zone(*t, &z, tm);
}
