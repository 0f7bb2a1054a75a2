#include "../internal/file_impl.h"

/* Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil).  Private to the file layer. */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* EFI_TIME is local time with TimeZone = minutes to add to reach UTC
 * (UEFI 2.x: Localtime = UTC - TimeZone); FAT stores no zone, so the
 * firmware reports EFI_UNSPECIFIED_TIMEZONE, taken as UTC. */
long long __file_time(const struct __sys_time *t)
{
	if (t->year < 1 || t->month < 1 || t->month > 12 || t->day < 1 || t->day > 31)
		return 0;
	long long s = days_from_civil(t->year, (unsigned)t->month, (unsigned)t->day) * 86400 +
	              t->hour * 3600LL + t->minute * 60LL + t->second;
	if (t->tz != 2047 && t->tz >= -1440 && t->tz <= 1440)
		s += t->tz * 60LL;
	return s;
}
