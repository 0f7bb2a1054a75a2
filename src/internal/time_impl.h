/* Internals shared by src/time/ (and the UEFI layer's clock). */
#ifndef __INTERNAL_TIME_IMPL_H
#define __INTERNAL_TIME_IMPL_H

#include <time.h>

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar
 * (m 1-12; d may be any value, counted on from the 1st). */
long long __days_from_civil(long long y, int m, long long d);

/* The civil date of day number days (0 = 1970-01-01). */
void __civil_from_days(long long days, long long *y, int *m, int *d);

/* Fills tm_sec..tm_yday of tm with the calendar time t + utcoff, where t
 * is any time_t.  -1 with errno EOVERFLOW when the year does not fit
 * tm_year (int). */
int __secs_to_tm(long long t, long utcoff, struct tm *tm);

/* The seconds since the epoch that tm's fields name as if they were UTC,
 * out-of-range fields carried exactly (never overflows: each field is an
 * int). */
long long __tm_to_secs(const struct tm *tm);

/* The zone localtime uses: the platform's, or UTC when it names none. */
struct __zone {
	long utcoff;      /* seconds east of UTC */
	int isdst;
	const char *name; /* "UTC", or "+hh" / "+hhmm" as tzdata names them */
};
void __zone_get(struct __zone *z);

/* localtime_r in an explicit zone (mktime and localtime share it). */
struct tm *__localtime_zone(long long t, const struct __zone *z, struct tm *tm);

/* The platform's wall clock as UTC: 0, or -1 with errno set (EIO when the
 * platform's reading is not a valid date and time). */
int __wall_now(struct timespec *ts);

/* asctime into buf of size bytes (asctime and asctime_r differ in size). */
char *__asctime_buf(const struct tm *tm, char *buf, size_t size);

#endif
