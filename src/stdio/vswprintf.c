#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.2.7: at most n wide characters, the null one included, always
 * terminated when n > 0.  Returns the count written without the null, or
 * -1 when n or more were asked for (errno EOVERFLOW; the output is
 * truncated and terminated) or on an encoding error (EILSEQ).  A format
 * longer than 4,096 wide characters is refused (ENOMEM): the engine reads
 * it converted to UTF-8 in a copy on the stack. */
int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	return __vfwprintf_core(0, (unsigned short *)s, n, (const unsigned short *)fmt, ap);
}
