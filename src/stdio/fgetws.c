#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.3.2: at most n - 1 code units, up to and including a newline,
 * then a null.  NULL at end of file with nothing read, and on a read or
 * encoding error (EILSEQ) whatever was read: the array is then
 * indeterminate, as C says.  A pair cut by n - 1 leaves its low half for
 * the next read. */
wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	if (n <= 0 || __stdio_wide(f))
		return 0;
	wchar_t *p = s;
	while (--n > 0) {
		int c = __fgetwc_unlocked(f);
		if (c < 0) {
			if (c == -2 || !(f->flags & __F_EOF) || p == s)
				return 0;
			break;
		}
		*p++ = (wchar_t)c;
		if (c == '\n')
			break;
	}
	*p = 0;
	return s;
}
