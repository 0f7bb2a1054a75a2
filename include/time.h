#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 64-bit, signed: every second of the proleptic Gregorian calendar from
 * year -2^31 to 2^31 fits, and the types are the same on the host tests'
 * LP64 and this target's LLP64 (long would be 32 bits here). */
#ifndef __DEFINED_time_t
#define __DEFINED_time_t
typedef long long time_t;
#endif
#ifndef __DEFINED_clock_t
#define __DEFINED_clock_t
typedef long long clock_t;
#endif
#ifndef __DEFINED_clockid_t
#define __DEFINED_clockid_t
typedef int clockid_t;
#endif
#ifndef __DEFINED_struct_timespec
#define __DEFINED_struct_timespec
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};
#endif

/* Microseconds, as POSIX (XSI) requires. */
#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

/* Linux's numbers. */
#define CLOCK_REALTIME           0
#define CLOCK_MONOTONIC          1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID  3
#define CLOCK_MONOTONIC_RAW      4
#define CLOCK_REALTIME_COARSE    5
#define CLOCK_MONOTONIC_COARSE   6
#define CLOCK_BOOTTIME           7

#define TIMER_ABSTIME 1

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	/* POSIX.1-2024 (and BSD, glibc): seconds east of UTC, and the zone's
	 * abbreviation, for strftime's %z and %Z. */
	long tm_gmtoff;
	const char *tm_zone;
};

clock_t clock(void);
double difftime(time_t time1, time_t time0);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
time_t time(time_t *timer);
int timespec_get(struct timespec *ts, int base);
int timespec_getres(struct timespec *ts, int base);

char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);
char *ctime(const time_t *timer);
char *ctime_r(const time_t *timer, char *buf);
struct tm *gmtime(const time_t *timer);
struct tm *gmtime_r(const time_t *__restrict timer, struct tm *__restrict result);
struct tm *localtime(const time_t *timer);
struct tm *localtime_r(const time_t *__restrict timer, struct tm *__restrict result);
size_t strftime(char *__restrict s, size_t maxsize, const char *__restrict format,
                const struct tm *__restrict tm);
char *strptime(const char *__restrict buf, const char *__restrict format, struct tm *__restrict tm);

int clock_gettime(clockid_t clock_id, struct timespec *tp);
int clock_getres(clockid_t clock_id, struct timespec *res);
int nanosleep(const struct timespec *rqtp, struct timespec *rmtp);
int clock_nanosleep(clockid_t clock_id, int flags, const struct timespec *rqtp,
                    struct timespec *rmtp);

/* The zone localtime uses (the firmware's), as POSIX's tzset sets them. */
extern char *tzname[2];
extern long timezone;
extern int daylight;
void tzset(void);

#ifdef __cplusplus
}
#endif

#endif
