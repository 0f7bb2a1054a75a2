/* clang's <limits.h> has every value right for this LLP64 target (LONG_MAX
 * 2147483647) except MB_LEN_MAX, which it sets to 1: the library's
 * multibyte encoding is UTF-8, up to 4 bytes a character. */
#ifndef _UL_LIMITS_H
#define _UL_LIMITS_H
#include_next <limits.h>
#undef MB_LEN_MAX
#define MB_LEN_MAX 4
/* regex intervals \{m,n\} (docs/posix-text.md) */
#define RE_DUP_MAX 255
#endif
