#include "../internal/sys_time.h"
#include <unistd.h>

/* Returns the seconds not slept: all of them if the platform cannot wait. */
unsigned sleep(unsigned seconds)
{
	return __sys_sleep_us(seconds * 1000000ULL) ? seconds : 0;
}
