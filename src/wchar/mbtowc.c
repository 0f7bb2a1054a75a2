#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "../internal/mbstate.h"

/* A character above U+FFFF needs two wchar_t, which mbtowc cannot return:
 * it is refused with EILSEQ, like an incomplete or invalid sequence. */
int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n)
{
	mbstate_t st = { 0 };
	uint32_t c;
	if (!s)
		return 0;
	size_t r = __utf8_step(&c, s, n, &st);
	if (r == __MB_ILSEQ)
		return -1;
	if (r == __MB_PARTIAL || c >= 0x10000) {
		errno = EILSEQ;
		return -1;
	}
	if (pwc)
		*pwc = (wchar_t)c;
	return (int)r;
}
