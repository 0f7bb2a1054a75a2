#include <limits.h>
#include <wchar.h>
#include "../internal/narrow.h"

unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (unsigned long)__wcs_intscan(s, end, base, 0, ULONG_MAX);
}
