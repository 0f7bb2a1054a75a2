#include <limits.h>
#include <stdlib.h>
#include "../internal/intscan.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)__intscan(s, end, base, 1, LONG_MAX);
}
