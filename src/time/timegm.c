#include <time.h>
#include "../internal/time_impl.h"

time_t timegm(struct tm *tm)
{
	long long t = __tm_to_secs(tm);
	struct tm r;
	if (!gmtime_r(&t, &r))
		return -1;
	*tm = r;
	return t;
}
