#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.3.4: 0, or -1 (EOF) on a write error or an encoding error
 * (EILSEQ: an unpaired surrogate; the units before it are written).  A
 * string that ends in a high surrogate leaves it held, as fputwc does. */
int fputws(const wchar_t *restrict s, FILE *restrict f)
{
	if (__stdio_wide(f))
		return -1;
	for (; *s; s++)
		if (__fputwc_unlocked((unsigned)*s, f) < 0)
			return -1;
	return 0;
}
