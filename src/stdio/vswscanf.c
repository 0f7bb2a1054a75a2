#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.2.8: the wide string is read unit for unit (no encoding: a lone
 * surrogate is a character like any other until %s or %c converts it to
 * multibyte); its end is the end of the input. */
int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	return __vfwscanf_core(0, (const unsigned short *)s, (const unsigned short *)fmt, ap);
}
