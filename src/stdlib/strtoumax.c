#include <inttypes.h>
#include "../internal/intscan.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return __intscan(s, end, base, 0, UINTMAX_MAX);
}
