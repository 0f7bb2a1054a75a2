/* UTF-8 <-> code points for the multibyte functions (docs/strings.md). */
#ifndef __INTERNAL_MBSTATE_H
#define __INTERNAL_MBSTATE_H
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include "unicode.h"   /* __utf8_put, surrogates */

#define __MB_ILSEQ ((size_t)-1)
#define __MB_PARTIAL ((size_t)-2)
#define __MB_PENDING ((size_t)-3)

/* Decodes one character from at most n bytes, continuing any partial
 * sequence held in st: returns the bytes used (0 for the NUL character),
 * __MB_PARTIAL when n bytes end inside a sequence (kept in st), or
 * __MB_ILSEQ (errno EILSEQ, st reset) at the first byte that cannot
 * continue a valid sequence: overlong forms, surrogates and values above
 * U+10FFFF are invalid. */
size_t __utf8_step(uint32_t *cp, const char *s, size_t n, mbstate_t *st);


/* The UTF-16 form of the code point sequence: mbrtowc and mbrtoc16. */
size_t __mbrtoutf16(uint16_t *pc, const char *s, size_t n, mbstate_t *st);
/* wcrtomb and c16rtomb. */
size_t __utf16rtomb(char *s, uint16_t c, mbstate_t *st);
#endif
