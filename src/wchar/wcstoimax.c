#include <inttypes.h>
#include <stdint.h>
#include <wchar.h>
#include "../internal/narrow.h"

intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (intmax_t)__wcs_intscan(s, end, base, 1, INTMAX_MAX);
}
