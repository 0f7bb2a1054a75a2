/* Word-at-a-time helpers for the string functions.  Loads go through
 * may_alias types so that reading a char array as words is defined; the
 * aligned(1) variant is for loads at any address.  A word-scanning function
 * may read the rest of the aligned word that holds a string's last byte
 * (never another page, a page being a whole number of words); ASan cannot
 * know that, so those functions carry __NO_ASAN. */
#ifndef __INTERNAL_WORD_H
#define __INTERNAL_WORD_H

#include <stddef.h>
#include <stdint.h>

typedef size_t __attribute__((__may_alias__)) __word;
typedef size_t __attribute__((__may_alias__, __aligned__(1))) __uword;

#define __WSIZE sizeof(size_t)
#define __ONES ((size_t)-1 / 255)
#define __HIGHS (__ONES * 128)
/* Non-zero when some byte of x is 0 (exact as to whether; the lowest set
 * 0x80 marks the first zero byte on a little-endian machine). */
#define __HASZERO(x) (((x) - __ONES) & ~(x) & __HIGHS)

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define __NO_ASAN __attribute__((no_sanitize("address")))
#endif
#endif
#ifndef __NO_ASAN
#define __NO_ASAN
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define __WORD_LE 1
/* Index of the first zero byte marked by __HASZERO (little-endian). */
#define __FIRSTBYTE(m) ((size_t)__builtin_ctzll((unsigned long long)(m)) / 8)
#else
#define __WORD_LE 0
#endif

#endif
