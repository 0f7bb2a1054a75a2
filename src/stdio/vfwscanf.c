#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.2.6 (7.29.2.2): the stream becomes wide-oriented (a
 * byte-oriented one gives EOF with EBADF); its UTF-8 is read as wchar_t
 * (a character above U+FFFF is two).  An encoding error in the input is an
 * input failure with errno EILSEQ. */
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	if (__stdio_wide(f))
		return EOF;
	return __vfwscanf_core(f, 0, (const unsigned short *)fmt, ap);
}
