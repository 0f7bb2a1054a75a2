#include "../internal/time_impl.h"

int timespec_get(struct timespec *ts, int base)
{
	if (base != TIME_UTC || __wall_now(ts))
		return 0;
	return base;
}
