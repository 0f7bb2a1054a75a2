#include <errno.h>
#include "../internal/mbstate.h"
#include "../internal/unicode.h"

size_t __utf8_step(uint32_t *cp, const char *s, size_t n, mbstate_t *st)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	if (!st->__need) {
		if (!n)
			return __MB_PARTIAL;
		unsigned b = p[i++];
		if (b < 0x80) {
			*cp = b;
			return b ? 1 : 0;
		}
		uint32_t cp0;
		int need = __utf8_lead(b, &cp0, &st->__lo, &st->__hi);
		if (need < 0)
			goto bad;
		st->__need = (unsigned char)need;
		st->__cp = cp0;
	}
	for (; i < n; i++) {
		unsigned b = p[i];
		if (b < st->__lo || b > st->__hi)
			goto bad;
		st->__cp = st->__cp << 6 | (b & 0x3f);
		st->__lo = 0x80;
		st->__hi = 0xbf;
		if (!--st->__need) {
			*cp = st->__cp;
			st->__cp = 0;
			return i + 1;
		}
	}
	return __MB_PARTIAL;
bad:
	st->__need = 0;
	st->__cp = 0;
	errno = EILSEQ;
	return __MB_ILSEQ;
}
