/* The UTF-16 view: a character above U+FFFF is delivered as a surrogate
 * pair, the high half for the bytes and the low half by the next call
 * (which consumes nothing and returns (size_t)-3), as C11 specifies for
 * mbrtoc16; wchar_t being 16 bits, mbrtowc does the same. */
#include <errno.h>
#include "../internal/mbstate.h"

size_t __mbrtoutf16(uint16_t *pc, const char *s, size_t n, mbstate_t *st)
{
	uint32_t c;
	if (st->__pend) {
		if (pc)
			*pc = st->__pend;
		st->__pend = 0;
		return __MB_PENDING;
	}
	if (!s) {
		s = "";
		n = 1;
		pc = 0;
	}
	size_t r = __utf8_step(&c, s, n, st);
	if (r == __MB_ILSEQ || r == __MB_PARTIAL)
		return r;
	if (c >= 0x10000) {
		/* Without a destination (mbrlen) nothing is carried over:
		 * the character has been measured in full. */
		if (pc)
			st->__pend = __utf16_low(c);
		c = __utf16_high(c);
	}
	if (pc)
		*pc = (uint16_t)c;
	return r;
}

size_t __utf16rtomb(char *s, uint16_t c, mbstate_t *st)
{
	char buf[4];
	if (!s) {
		s = buf;
		c = 0;
	}
	if (st->__pend) {
		uint32_t hi = st->__pend;
		if (!__utf16_is_low(c))
			goto bad;
		st->__pend = 0;
		return __utf8_put(s, __utf16_join(hi, c));
	}
	if (__utf16_is_high(c)) {
		st->__pend = c;
		return 0;
	}
	if (__utf16_is_low(c))
		goto bad;
	return __utf8_put(s, c);
bad:
	st->__pend = 0;
	errno = EILSEQ;
	return __MB_ILSEQ;
}
