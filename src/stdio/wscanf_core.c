/* The wscanf family's engine: scanf_core.h over wchar_t (UTF-16 units). */
#define SC_WIDE 1
#include "scanf_core.h"

int __vfwscanf_core(FILE *f, const unsigned short *s, const unsigned short *fmt, va_list ap)
{
	struct in in = { f, s, 0, 0, EOF };
	return scan_core(&in, fmt, ap);
}
