#include <limits.h>
#include <stdlib.h>
#include "../internal/intscan.h"

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return __intscan(s, end, base, 0, ULLONG_MAX);
}
