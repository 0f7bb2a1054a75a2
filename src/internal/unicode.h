/* UTF-8 and UTF-16 conversion, the way the console and argv need it. */
#ifndef __INTERNAL_UNICODE_H
#define __INTERNAL_UNICODE_H

#include <stddef.h>
#include <stdint.h>

#define __REPLACEMENT_CHAR 0xFFFDu

/* ---- UTF-16: surrogates (the one place that knows their arithmetic) ---- */
static inline int __utf16_is_high(uint32_t u) { return u - 0xD800u < 0x400u; }
static inline int __utf16_is_low(uint32_t u) { return u - 0xDC00u < 0x400u; }
static inline int __utf16_is_surrogate(uint32_t c) { return c - 0xD800u < 0x800u; }
/* The code point of a high and a low surrogate. */
static inline uint32_t __utf16_join(uint32_t hi, uint32_t lo)
{
	return 0x10000 + ((hi - 0xD800u) << 10) + (lo - 0xDC00u);
}
/* The two halves of a code point above U+FFFF. */
static inline uint16_t __utf16_high(uint32_t c) { return (uint16_t)(0xD800u + ((c - 0x10000u) >> 10)); }
static inline uint16_t __utf16_low(uint32_t c) { return (uint16_t)(0xDC00u + (c & 0x3FFu)); }
/* Writes c (at most U+10FFFF) as one or two code units; returns how many. */
static inline int __utf16_put(uint16_t *out, uint32_t c)
{
	if (c < 0x10000) {
		out[0] = (uint16_t)c;
		return 1;
	}
	out[0] = __utf16_high(c);
	out[1] = __utf16_low(c);
	return 2;
}

/* ---- UTF-8 ---- */
/* Bytes c takes in UTF-8 (c at most U+10FFFF). */
static inline int __utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Encodes c (at most U+10FFFF, not a surrogate) into s; returns 1..4. */
static inline size_t __utf8_put(char *s, uint32_t c)
{
	unsigned char *p = (unsigned char *)s;
	int k = __utf8_len(c);
	if (k == 1) {
		p[0] = (unsigned char)c;
		return 1;
	}
	/* The lead byte's marker bits, then 6 bits per byte, last first. */
	for (int i = k - 1; i > 0; i--, c >>= 6)
		p[i] = (unsigned char)(0x80 | (c & 0x3F));
	p[0] = (unsigned char)((0xF00u >> k) | c);
	return (size_t)k;
}

/* The lead byte b of a sequence, for both decoders below: returns how many
 * continuation bytes follow (0 for ASCII, whose value is in *cp), or -1 if
 * b cannot start a sequence (C0, C1, F5..FF, a stray continuation).
 * *lo..*hi is the range the first continuation byte must be in, which is
 * what rules out overlong forms, surrogates and values above U+10FFFF
 * (Unicode 15, table 3-7); later continuation bytes are 0x80..0xBF. */
static inline int __utf8_lead(unsigned b, uint32_t *cp, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (b < 0x80) {
		*cp = b;
		return 0;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		*cp = b & 0x1F;
		return 1;
	}
	if (b >= 0xE0 && b <= 0xEF) {
		*cp = b & 0x0F;
		if (b == 0xE0)
			*lo = 0xA0;             /* overlong */
		else if (b == 0xED)
			*hi = 0x9F;             /* surrogates */
		return 2;
	}
	if (b >= 0xF0 && b <= 0xF4) {
		*cp = b & 0x07;
		if (b == 0xF0)
			*lo = 0x90;             /* overlong */
		else if (b == 0xF4)
			*hi = 0x8F;             /* beyond U+10FFFF */
		return 3;
	}
	return -1;
}

/* Two decoders share __utf8_lead: this streaming one replaces invalid input
 * with U+FFFD (the console, argv), and __utf8_step (src/internal/mbstate.h)
 * rejects it with EILSEQ (the multibyte functions, file names). */

/* A streaming UTF-8 decoder: a sequence may be split across calls.  A
 * zero-filled one is in the initial state. */
struct __utf8_decoder {
	uint32_t cp;
	unsigned char need;        /* continuation bytes still expected */
	unsigned char lo, hi;      /* allowed range of the next byte */
};

/* Feeds one byte.  Stores 0, 1 or 2 code points in out and returns how many.
 * Invalid input becomes U+FFFD, one per maximal subpart (Unicode 15, 3.9,
 * "U+FFFD Substitution of Maximal Subparts"), so that the good text around a
 * bad byte is never swallowed. */
int __utf8_decode_byte(struct __utf8_decoder *d, unsigned char b, uint32_t out[2]);

/* Ends the input: an unfinished sequence becomes one U+FFFD (returns 1). */
int __utf8_decode_end(struct __utf8_decoder *d, uint32_t out[1]);

/* Converts n UTF-16 code units (stopping early at a NUL) to UTF-8, without a
 * terminator.  Unpaired surrogates become U+FFFD.  out needs room for
 * __utf16_to_utf8_size(s, n) bytes, never more than 3 * n.  Returns the
 * number of bytes written. */
size_t __utf16_to_utf8(const uint16_t *s, size_t n, char *out);
size_t __utf16_to_utf8_size(const uint16_t *s, size_t n);

#endif
