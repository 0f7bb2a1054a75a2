#include "../internal/sys_time.h"
#include <unistd.h>

/* Any count is accepted, as glibc does (XSI allowed EINVAL from a million). */
int usleep(useconds_t us)
{
	return __sys_sleep_us(us) ? -1 : 0;
}
