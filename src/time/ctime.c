#include <time.h>

char *ctime(const time_t *t)
{
	struct tm tm;
	return localtime_r(t, &tm) ? asctime(&tm) : 0;
}
