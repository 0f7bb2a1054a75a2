#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.2.5, through the printf engine (printf_core.c): the stream
 * becomes wide-oriented (a byte-oriented one fails with EBADF); returns
 * the wide characters (code units) written, or -1 with errno (EILSEQ for
 * an unpaired surrogate or invalid multibyte %s, or the stream's error). */
int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	if (__stdio_wide(f))
		return -1;
	return __vfwprintf_core(f, 0, 0, (const unsigned short *)fmt, ap);
}
