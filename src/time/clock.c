#include "../internal/sys_time.h"
#include <time.h>

clock_t clock(void)
{
	unsigned long long ns;
	if (__sys_monotonic_ns(&ns))
		return (clock_t)-1;
	return (clock_t)(ns / (1000000000 / CLOCKS_PER_SEC));
}
