#include <inttypes.h>
#include "../internal/intscan.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return (intmax_t)__intscan(s, end, base, 1, INTMAX_MAX);
}
