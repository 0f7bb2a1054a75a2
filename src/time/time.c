#include "../internal/time_impl.h"

time_t time(time_t *t)
{
	struct timespec ts;
	time_t r = __wall_now(&ts) ? (time_t)-1 : ts.tv_sec;
	if (t)
		*t = r;
	return r;
}
