/* Wide character classes and case mappings (C11 7.30) for the 16-bit
 * wchar_t: every BMP code point classified from Unicode 15.0 as
 * docs/strings.md describes; surrogate code units are in no class. */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

#include <bits/wint.h>

typedef unsigned int wctype_t;
typedef unsigned int wctrans_t;

int iswalnum(wint_t c);
int iswalpha(wint_t c);
int iswblank(wint_t c);
int iswcntrl(wint_t c);
int iswdigit(wint_t c);
int iswgraph(wint_t c);
int iswlower(wint_t c);
int iswprint(wint_t c);
int iswpunct(wint_t c);
int iswspace(wint_t c);
int iswupper(wint_t c);
int iswxdigit(wint_t c);
int iswctype(wint_t c, wctype_t desc);
wctype_t wctype(const char *name);
wint_t towlower(wint_t c);
wint_t towupper(wint_t c);
wint_t towctrans(wint_t c, wctrans_t desc);
wctrans_t wctrans(const char *name);

#ifdef __cplusplus
}
#endif

#endif
