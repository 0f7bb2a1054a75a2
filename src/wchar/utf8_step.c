#include <errno.h>
#include "../internal/mbstate.h"

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
		st->__lo = 0x80;
		st->__hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) {
			st->__need = 1;
			st->__cp = b & 0x1f;
		} else if (b >= 0xe0 && b <= 0xef) {
			st->__need = 2;
			st->__cp = b & 0x0f;
			if (b == 0xe0)
				st->__lo = 0xa0;      /* overlong */
			else if (b == 0xed)
				st->__hi = 0x9f;      /* surrogates */
		} else if (b >= 0xf0 && b <= 0xf4) {
			st->__need = 3;
			st->__cp = b & 0x07;
			if (b == 0xf0)
				st->__lo = 0x90;      /* overlong */
			else if (b == 0xf4)
				st->__hi = 0x8f;      /* above U+10FFFF */
		} else
			goto bad;
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

size_t __utf8_put(char *s, uint32_t c)
{
	unsigned char *p = (unsigned char *)s;
	if (c < 0x80) {
		p[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		p[0] = (unsigned char)(0xc0 | c >> 6);
		p[1] = (unsigned char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		p[0] = (unsigned char)(0xe0 | c >> 12);
		p[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		p[2] = (unsigned char)(0x80 | (c & 0x3f));
		return 3;
	}
	p[0] = (unsigned char)(0xf0 | c >> 18);
	p[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
	p[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
	p[3] = (unsigned char)(0x80 | (c & 0x3f));
	return 4;
}
