#include <sys/times.h>
#include <time.h>

/* The program's time, all of it user time (the firmware's work on its
 * behalf cannot be told apart), and no children: in 1/100 s since the
 * program started, from the monotonic clock (so the return value, the
 * elapsed real time, is the same count). */
clock_t times(struct tms *t)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_MONOTONIC, &ts))
		return (clock_t)-1;
	clock_t ticks = ts.tv_sec * 100 + ts.tv_nsec / 10000000;
	if (t) {
		t->tms_utime = ticks;
		t->tms_stime = t->tms_cutime = t->tms_cstime = 0;
	}
	return ticks;
}
