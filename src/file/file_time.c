#include "../internal/file_impl.h"
#include "../internal/time_impl.h"

/* EFI_TIME is local time with TimeZone = minutes to add to reach UTC
 * (UEFI 2.x: Localtime = UTC - TimeZone); FAT stores no zone, so the
 * firmware reports EFI_UNSPECIFIED_TIMEZONE, taken as UTC. */
long long __file_time(const struct __sys_time *t)
{
	if (t->year < 1 || t->month < 1 || t->month > 12 || t->day < 1 || t->day > 31)
		return 0;
	long long s = __days_from_civil(t->year, t->month, t->day) * 86400 +
	              t->hour * 3600LL + t->minute * 60LL + t->second;
	if (t->tz != 2047 && t->tz >= -1440 && t->tz <= 1440)
		s += t->tz * 60LL;
	return s;
}
