/* Wide output: the stream's bytes are UTF-8 (docs/strings.md). */
#include <wchar.h>
#include "../internal/stdio_impl.h"
#include "../internal/unicode.h"

static int put(FILE *f, const char *s, size_t n)
{
	__wide_enter(f);
	size_t k = __fwritex((const unsigned char *)s, n, f);
	__wide_leave(f);
	return k == n ? 0 : -1;
}

/* Writes one code unit: a high surrogate is held until the low one that
 * follows, and the pair goes out as the 4 bytes of its character.  A low
 * surrogate without a high one before it, a high one followed by anything
 * else (the held half is dropped), and WEOF (U+FFFF) are EILSEQ, writing
 * nothing.  Returns c or -1. */
int __fputwc_unlocked(unsigned c, FILE *f)
{
	char buf[4];
	size_t n;
	c &= 0xFFFF;
	if (f->wwr) {
		unsigned hi = f->wwr;
		f->wwr = 0;
		if (!__utf16_is_low(c))
			goto bad;
		n = __utf8_put(buf, __utf16_join(hi, c));
	} else if (__utf16_is_high(c)) {
		/* Nothing to write yet, but a stream that cannot be written
		 * fails now rather than at the low half. */
		if (f->flags & __F_WNOWR) {
			errno = EBADF;
			f->flags |= __F_ERR;
			return -1;
		}
		f->wwr = (unsigned short)c;
		return (int)c;
	} else if (__utf16_is_low(c) || c == 0xFFFF) {
		goto bad;
	} else {
		n = __utf8_put(buf, c);
	}
	return put(f, buf, n) ? -1 : (int)c;
bad:
	errno = EILSEQ;
	return -1;
}

/* C11 7.29.3.3: c, or WEOF on a write error (error indicator set), an
 * encoding error (EILSEQ, no indicator) or a byte-oriented stream
 * (EBADF). */
wint_t fputwc(wchar_t c, FILE *f)
{
	if (__stdio_wide(f))
		return WEOF;
	return __fputwc_unlocked((unsigned)c, f) < 0 ? WEOF : (wint_t)c;
}

wint_t putwc(wchar_t c, FILE *f)
{
	return fputwc(c, f);
}
