#include <inttypes.h>
#include <stdint.h>
#include <wchar.h>
#include "../internal/narrow.h"

uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (uintmax_t)__wcs_intscan(s, end, base, 0, UINTMAX_MAX);
}
