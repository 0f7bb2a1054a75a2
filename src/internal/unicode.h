/* UTF-8 and UTF-16 conversion, the way the console and argv need it. */
#ifndef __INTERNAL_UNICODE_H
#define __INTERNAL_UNICODE_H

#include <stddef.h>
#include <stdint.h>

#define __REPLACEMENT_CHAR 0xFFFDu

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
