#include "../internal/time_impl.h"

/* Room for every int field at its widest, as glibc has: asctime never
 * fails for want of space, only for a year past INT_MAX. */
char *asctime(const struct tm *tm)
{
	static char buf[3 + 1 + 3 + 5 * 12 + 2];
	return __asctime_buf(tm, buf, sizeof buf);
}
