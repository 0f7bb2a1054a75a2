#include <errno.h>
#include <limits.h>
#include "../internal/time_impl.h"

/* Days in 400 years; the Gregorian calendar repeats with this period, so
 * dates are reduced to a year-of-era in [0, 400) counted from March 1st
 * (which puts the leap day last), then scaled back. */
#define DAYS_PER_ERA 146097
/* From 0000-03-01 to 1970-01-01. */
#define EPOCH_SHIFT 719468

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

long long __days_from_civil(long long y, int m, long long d)
{
	y -= m <= 2;
	long long era = floor_div(y, 400);
	long long yoe = y - era * 400;
	int mp = m > 2 ? m - 3 : m + 9;
	long long doy = (153 * mp + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

void __civil_from_days(long long days, long long *y, int *m, int *d)
{
	long long z = days + EPOCH_SHIFT;
	long long era = floor_div(z, DAYS_PER_ERA);
	long long doe = z - era * DAYS_PER_ERA;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (int)((5 * doy + 2) / 153);
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int __secs_to_tm(long long t, long utcoff, struct tm *tm)
{
	/* t + utcoff cannot overflow where the year check below would pass;
	 * check the range first so that the sum is never computed when it
	 * could. */
	if (t > LLONG_MAX - 86400 * 2 || t < LLONG_MIN + 86400 * 2) {
		errno = EOVERFLOW;
		return -1;
	}
	t += utcoff;
	long long days = floor_div(t, 86400);
	int secs = (int)(t - days * 86400);
	long long y;
	int m, d;
	__civil_from_days(days, &y, &m, &d);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return -1;
	}
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	tm->tm_yday = (int)(days - __days_from_civil(y, 1, 1));
	tm->tm_wday = (int)(days - floor_div(days + 4, 7) * 7 + 4);
	tm->tm_hour = secs / 3600;
	tm->tm_min = secs / 60 % 60;
	tm->tm_sec = secs % 60;
	return 0;
}

long long __tm_to_secs(const struct tm *tm)
{
	long long mon = tm->tm_mon;
	long long y = (long long)tm->tm_year + 1900 + floor_div(mon, 12);
	mon -= floor_div(mon, 12) * 12;
	long long days = __days_from_civil(y, (int)mon + 1, tm->tm_mday);
	return days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}
