/* <wctype.h>, the wide stdio of <wchar.h> and wcsftime, as the host tests
 * see them (ul_ names; wchar_t and wint_t are 16 bits in the library, so
 * they are uint16_t here). */
#ifndef TESTS_HOST_UL_WIDE_H
#define TESTS_HOST_UL_WIDE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

int ul_iswalnum(uint16_t c);
int ul_iswalpha(uint16_t c);
int ul_iswblank(uint16_t c);
int ul_iswcntrl(uint16_t c);
int ul_iswdigit(uint16_t c);
int ul_iswgraph(uint16_t c);
int ul_iswlower(uint16_t c);
int ul_iswprint(uint16_t c);
int ul_iswpunct(uint16_t c);
int ul_iswspace(uint16_t c);
int ul_iswupper(uint16_t c);
int ul_iswxdigit(uint16_t c);
int ul_iswctype(uint16_t c, unsigned desc);
unsigned ul_wctype(const char *name);
uint16_t ul_towlower(uint16_t c);
uint16_t ul_towupper(uint16_t c);
uint16_t ul_towctrans(uint16_t c, unsigned desc);
unsigned ul_wctrans(const char *name);
int ul_wcwidth(uint16_t c);
int ul_wcswidth(const uint16_t *s, size_t n);
int ul_wcscasecmp(const uint16_t *a, const uint16_t *b);
int ul_wcsncasecmp(const uint16_t *a, const uint16_t *b, size_t n);

#endif

/* Wide stdio (the library's FILE is opaque: ul_FILE from ul.h). */
typedef struct ul_FILE ul_FILE;
int ul_fwide(ul_FILE *f, int mode);
uint16_t ul_fgetwc(ul_FILE *f);
uint16_t ul_getwc(ul_FILE *f);
uint16_t ul_fputwc(uint16_t c, ul_FILE *f);
uint16_t ul_putwc(uint16_t c, ul_FILE *f);
uint16_t ul_ungetwc(uint16_t c, ul_FILE *f);
uint16_t *ul_fgetws(uint16_t *s, int n, ul_FILE *f);
int ul_fputws(const uint16_t *s, ul_FILE *f);
int ul_fwprintf(ul_FILE *f, const uint16_t *fmt, ...);
int ul_swprintf(uint16_t *s, size_t n, const uint16_t *fmt, ...);
int ul_vswprintf(uint16_t *s, size_t n, const uint16_t *fmt, va_list ap);
int ul_vfwprintf(ul_FILE *f, const uint16_t *fmt, va_list ap);
int ul_fwscanf(ul_FILE *f, const uint16_t *fmt, ...);
int ul_swscanf(const uint16_t *s, const uint16_t *fmt, ...);
int ul_vfwscanf(ul_FILE *f, const uint16_t *fmt, va_list ap);
int ul_vswscanf(const uint16_t *s, const uint16_t *fmt, va_list ap);
struct tm;
size_t ul_wcsftime(uint16_t *s, size_t n, const uint16_t *fmt, const struct tm *tm);
int ul_fseek(ul_FILE *f, long off, int whence);
long ul_ftell(ul_FILE *f);
