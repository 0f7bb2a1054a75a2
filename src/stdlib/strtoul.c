#include <limits.h>
#include <stdlib.h>
#include "../internal/intscan.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)__intscan(s, end, base, 0, ULONG_MAX);
}
