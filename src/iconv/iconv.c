#include <errno.h>
#include <iconv.h>
#include <stdint.h>

#include "../internal/iconv_impl.h"
#include "../internal/unicode.h"

/* Every conversion goes through a code point: the input's decoder reads
 * one character, the output's encoder writes it.  A character is consumed
 * only once it is written, so that on E2BIG, EILSEQ and EINVAL *inbuf
 * points at the first character not converted, as POSIX requires. */

#define NONE 0xFFFFFFFFu        /* a byte-order mark was read: no character */

static uint32_t rd16(const unsigned char *s, int big)
{
	return big ? (uint32_t)s[0] << 8 | s[1] : (uint32_t)s[1] << 8 | s[0];
}

static uint32_t rd32(const unsigned char *s, int big)
{
	return big ? (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3]
	           : (uint32_t)s[3] << 24 | (uint32_t)s[2] << 16 | (uint32_t)s[1] << 8 | s[0];
}

static void wr16(unsigned char *s, uint32_t u, int big)
{
	s[!big] = (unsigned char)(u >> 8);
	s[big] = (unsigned char)u;
}

static void wr32(unsigned char *s, uint32_t u, int big)
{
	for (int i = 0; i < 4; i++)
		s[big ? 3 - i : i] = (unsigned char)(u >> 8 * i);
}

/* The unit a decoder steps over when //IGNORE drops invalid input. */
static size_t unit(int cs)
{
	switch (cs) {
	case __CS_UTF16: case __CS_UTF16LE: case __CS_UTF16BE:
	case __CS_UCS2: case __CS_UCS2LE: case __CS_UCS2BE:
		return 2;
	case __CS_UTF32: case __CS_UTF32LE: case __CS_UTF32BE:
		return 4;
	default:
		return 1;
	}
}

/* Reads one character of n > 0 bytes at s: returns the bytes it takes
 * (*cp the character, or NONE for a byte-order mark), 0 when the input
 * ends inside it, -1 when it is not valid. */
static long decode(struct __iconv *cd, const unsigned char *s, size_t n, uint32_t *cp)
{
	int big;
	switch (cd->from) {
	case __CS_UTF8: {
		unsigned char lo, hi;
		uint32_t c;
		int need = __utf8_lead(s[0], &c, &lo, &hi);
		if (need < 0)
			return -1;
		for (int i = 1; i <= need; i++) {
			if ((size_t)i >= n)
				return 0;
			if (s[i] < lo || s[i] > hi)
				return -1;
			c = c << 6 | (s[i] & 0x3F);
			lo = 0x80;
			hi = 0xBF;
		}
		*cp = c;
		return need + 1;
	}
	case __CS_LATIN1:
		*cp = s[0];
		return 1;
	case __CS_ASCII:
		if (s[0] > 0x7F)
			return -1;
		*cp = s[0];
		return 1;
	case __CS_UTF16:
	case __CS_UTF16LE:
	case __CS_UTF16BE: {
		if (n < 2)
			return 0;
		if (cd->from == __CS_UTF16 && !cd->in_big) {
			/* A byte-order mark first says the order; without one,
			 * little-endian (the machine's order, as glibc). */
			cd->in_big = s[0] == 0xFE && s[1] == 0xFF ? 1 : 2;
			if ((s[0] == 0xFE && s[1] == 0xFF) || (s[0] == 0xFF && s[1] == 0xFE)) {
				*cp = NONE;
				return 2;
			}
		}
		big = cd->from == __CS_UTF16BE || (cd->from == __CS_UTF16 && cd->in_big == 1);
		uint32_t u = rd16(s, big);
		if (__utf16_is_low(u))
			return -1;
		if (!__utf16_is_high(u)) {
			*cp = u;
			return 2;
		}
		if (n < 4)
			return 0;
		uint32_t v = rd16(s + 2, big);
		if (!__utf16_is_low(v))
			return -1;
		*cp = __utf16_join(u, v);
		return 4;
	}
	case __CS_UCS2:
	case __CS_UCS2LE:
	case __CS_UCS2BE: {
		if (n < 2)
			return 0;
		uint32_t u = rd16(s, cd->from == __CS_UCS2BE);
		if (__utf16_is_surrogate(u))
			return -1;
		*cp = u;
		return 2;
	}
	default: {              /* UTF-32 */
		if (n < 4)
			return 0;
		if (cd->from == __CS_UTF32 && !cd->in_big) {
			int be = s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF;
			int le = s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0;
			cd->in_big = be ? 1 : 2;
			if (be || le) {
				*cp = NONE;
				return 4;
			}
		}
		big = cd->from == __CS_UTF32BE || (cd->from == __CS_UTF32 && cd->in_big == 1);
		uint32_t u = rd32(s, big);
		if (u > 0x10FFFF || __utf16_is_surrogate(u))
			return -1;
		*cp = u;
		return 4;
	}
	}
}

/* The byte-order mark plain UTF-16 and UTF-32 write before their first
 * character (little-endian, the machine's order, as glibc): its size, 0
 * when none is due. */
static size_t bom_due(const struct __iconv *cd)
{
	if (cd->bom_done)
		return 0;
	return cd->to == __CS_UTF16 ? 2 : cd->to == __CS_UTF32 ? 4 : 0;
}

/* Writes c into n bytes at s: returns the bytes written, 0 when they do
 * not fit (nothing written), -1 when the charset has no such character.
 * As glibc, a full buffer (no room for the charset's smallest unit) is
 * found before a character it lacks. */
static long encode(struct __iconv *cd, uint32_t c, unsigned char *s, size_t n)
{
	switch (cd->to) {
	case __CS_UTF8: {
		size_t k = (size_t)__utf8_len(c);
		if (n < k)
			return 0;
		return (long)__utf8_put((char *)s, c);
	}
	case __CS_LATIN1:
	case __CS_ASCII:
		if (!n)
			return 0;
		if (c > (cd->to == __CS_ASCII ? 0x7Fu : 0xFFu))
			return -1;
		s[0] = (unsigned char)c;
		return 1;
	case __CS_UCS2:
	case __CS_UCS2LE:
	case __CS_UCS2BE:
		if (n < 2)
			return 0;
		if (c > 0xFFFF)
			return -1;
		wr16(s, c, cd->to == __CS_UCS2BE);
		return 2;
	case __CS_UTF16:
	case __CS_UTF16LE:
	case __CS_UTF16BE: {
		int big = cd->to == __CS_UTF16BE;
		size_t k = c > 0xFFFF ? 4 : 2;
		if (n < k)
			return 0;
		uint16_t u[2];
		__utf16_put(u, c);
		wr16(s, u[0], big);
		if (k == 4)
			wr16(s + 2, u[1], big);
		return (long)k;
	}
	default:                /* UTF-32 */
		if (n < 4)
			return 0;
		wr32(s, c, cd->to == __CS_UTF32BE);
		return 4;
	}
}

size_t iconv(iconv_t cdp, char **restrict inbuf, size_t *restrict inbytesleft,
             char **restrict outbuf, size_t *restrict outbytesleft)
{
	struct __iconv *cd = cdp;
	if (cdp == (iconv_t)-1 || !cd || cd->magic != __ICONV_MAGIC) {
		errno = EBADF;
		return (size_t)-1;
	}
	if (!inbuf || !*inbuf) {
		/* Back to the initial state: none of these charsets has shift
		 * sequences to write; the byte orders are forgotten, so a
		 * byte-order mark is read and written again. */
		cd->in_big = 0;
		cd->bom_done = 0;
		return 0;
	}
	if (!inbytesleft || !*inbytesleft)
		return 0;
	if (!outbuf || !*outbuf || !outbytesleft) {
		errno = E2BIG;
		return (size_t)-1;
	}
	const unsigned char *in = (const unsigned char *)*inbuf;
	unsigned char *out = (unsigned char *)*outbuf;
	size_t il = *inbytesleft, ol = *outbytesleft, irreversible = 0;
	int err = 0;
	while (il) {
		uint32_t c;
		long k = decode(cd, in, il, &c);
		if (k == 0) {
			err = EINVAL;   /* the input ends inside a character */
			break;
		}
		if (k < 0) {
			if (!(cd->flags & __ICONV_IGNORE)) {
				err = EILSEQ;
				break;
			}
			size_t u = unit(cd->from);
			if (u > il)
				u = il;
			in += u;
			il -= u;
			irreversible++;
			continue;
		}
		if (c != NONE) {
			size_t bom = bom_due(cd);
			if (bom) {
				/* Written on its own, before the first character
				 * (as glibc, even when that one then does not fit). */
				if (ol < bom) {
					err = E2BIG;
					break;
				}
				if (bom == 2)
					wr16(out, 0xFEFF, 0);
				else
					wr32(out, 0xFEFF, 0);
				cd->bom_done = 1;
				out += bom;
				ol -= bom;
			}
			long w = encode(cd, c, out, ol);
			if (w < 0) {
				if (cd->flags & __ICONV_TRANSLIT) {
					w = encode(cd, '?', out, ol);
				} else if (cd->flags & __ICONV_IGNORE) {
					in += k;
					il -= (size_t)k;
					irreversible++;
					continue;
				} else {
					err = EILSEQ;   /* no such character in the output */
					break;
				}
				if (w > 0)
					irreversible++;
			}
			if (w == 0) {
				err = E2BIG;
				break;
			}
			out += w;
			ol -= (size_t)w;
		}
		in += k;
		il -= (size_t)k;
	}
	*inbuf = (char *)in;
	*inbytesleft = il;
	*outbuf = (char *)out;
	*outbytesleft = ol;
	if (err) {
		errno = err;
		return (size_t)-1;
	}
	return irreversible;
}
