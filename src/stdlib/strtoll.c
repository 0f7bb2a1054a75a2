#include <limits.h>
#include <stdlib.h>
#include "../internal/intscan.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return (long long)__intscan(s, end, base, 1, LLONG_MAX);
}
