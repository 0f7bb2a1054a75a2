#include <errno.h>
#include <uchar.h>
#include "../internal/mbstate.h"

size_t c32rtomb(char *restrict s, char32_t c32, mbstate_t *restrict ps)
{
	char buf[4];
	(void)ps;              /* UTF-8 output needs no state */
	if (!s) {
		s = buf;
		c32 = 0;
	}
	if (c32 > 0x10ffff || __utf16_is_surrogate(c32)) {
		errno = EILSEQ;
		return __MB_ILSEQ;
	}
	return __utf8_put(s, c32);
}
