/* vfscanf: the scanf engine (scanf_core.h) over bytes. */
#define SC_WIDE 0
#include "scanf_core.h"

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct in in = { f, 0, EOF };
	if (__stdio_byte(f))
		return EOF;
	return scan_core(&in, (const unsigned char *)fmt, ap);
}
