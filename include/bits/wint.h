/* wint_t and WEOF, for <wchar.h> and <wctype.h> alike.  wint_t is what
 * the compiler's target says (unsigned short here, as on Windows), so that
 * format checking of %lc agrees; WEOF is then 0xffff, the noncharacter
 * U+FFFF.  Beside a 16-bit wchar_t it is 16 bits wherever the library is
 * built (the host tests' -fshort-wchar too). */
#ifndef __WINT_TYPE_DEFINED
#define __WINT_TYPE_DEFINED
#if defined(__WINT_TYPE__) && __WCHAR_MAX__ > 0xffff
typedef __WINT_TYPE__ wint_t;
#else
typedef unsigned short wint_t;
#endif
#endif
#ifndef WEOF
#define WEOF ((wint_t)0xffff)
#endif
