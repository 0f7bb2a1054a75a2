/* The system interface for time (see sys.h for the conventions). */
#ifndef __INTERNAL_SYS_TIME_H
#define __INTERNAL_SYS_TIME_H

/* A time as the platform reads it, the wall clock's and a file's alike: a
 * civil date and time, which is local time in the zone described by the
 * last three fields.  The platform layer converts its own encoding into
 * this, once; portable code never sees the firmware's.  A file time with
 * year 0 means "no time". */
struct __sys_wall {
	int year, mon, mday;      /* mon 1-12, mday 1-31 */
	int hour, min, sec;       /* 0-23, 0-59, 0-59 */
	long nsec;                /* 0-999999999 */
	int zone_known;           /* 0: the platform named no zone */
	int utcoff;               /* local = UTC + utcoff seconds (0 if unknown) */
	int isdst;                /* the offset includes daylight saving time */
};

/* Seconds since the epoch (UTC) of a civil time: 0 and *s set, or -1 when
 * the fields are no date and time (src/time/wall.c). */
int __wall_to_epoch(const struct __sys_wall *w, long long *s);

/* Reads the wall clock.  0, or -1 with errno set (EIO: no clock). */
int __sys_wall_clock(struct __sys_wall *w);

/* The wall clock's resolution in nanoseconds (1 to 1000000000), or -1
 * with errno set. */
long __sys_wall_resolution(void);

/* Nanoseconds since the program started, from a counter that never goes
 * back and keeps running after the platform's services are gone.  0, or
 * -1 with errno set. */
int __sys_monotonic_ns(unsigned long long *ns);

/* The monotonic clock's resolution in nanoseconds (at least 1). */
long __sys_monotonic_resolution(void);

/* Waits at least us microseconds.  0, or -1 with errno set (ENOSYS once
 * the platform's services are gone: nothing is waited then). */
int __sys_sleep_us(unsigned long long us);

#endif
