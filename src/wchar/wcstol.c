#include <limits.h>
#include <wchar.h>
#include "../internal/narrow.h"

long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (long)__wcs_intscan(s, end, base, 1, LONG_MAX);
}
