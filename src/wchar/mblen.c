#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "../internal/mbstate.h"

/* UTF-8 has no shift states: a null s answers 0, and each call starts
 * afresh.  An incomplete sequence counts as invalid (-1, EILSEQ). */
int mblen(const char *s, size_t n)
{
	mbstate_t st = { 0 };
	uint32_t c;
	if (!s)
		return 0;
	size_t r = __utf8_step(&c, s, n, &st);
	if (r == __MB_PARTIAL) {
		errno = EILSEQ;
		return -1;
	}
	return r == __MB_ILSEQ ? -1 : (int)r;
}
