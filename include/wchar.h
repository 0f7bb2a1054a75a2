/* Wide characters: wchar_t is 16 bits (UTF-16 code units) and the multibyte
 * encoding is UTF-8; see docs/strings.md for characters outside the BMP. */
#ifndef _WCHAR_H
#define _WCHAR_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#include <bits/wint.h>
#ifndef WCHAR_MIN
#define WCHAR_MIN 0
#define WCHAR_MAX 0xffff
#endif

/* The conversion state: bytes of an unfinished UTF-8 sequence, or the low
 * surrogate still to deliver.  All zero is the initial state. */
typedef struct {
	unsigned int __cp;         /* code point bits gathered so far */
	unsigned char __need;      /* continuation bytes still expected */
	unsigned char __lo, __hi;  /* range allowed for the next byte */
	unsigned short __pend;     /* a surrogate carried to the next call, or 0 */
} mbstate_t;

struct tm;
typedef struct __FILE FILE;

size_t wcslen(const wchar_t *s);
size_t wcsnlen(const wchar_t *s, size_t n);
wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s);
wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s);
wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wcschr(const wchar_t *s, wchar_t c);
wchar_t *wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *wcsstr(const wchar_t *h, const wchar_t *n);
size_t wcsspn(const wchar_t *s, const wchar_t *accept);
size_t wcscspn(const wchar_t *s, const wchar_t *reject);
wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept);
wchar_t *wcsdup(const wchar_t *s);
wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict delim, wchar_t **restrict save);
int wcscoll(const wchar_t *a, const wchar_t *b);
size_t wcsxfrm(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base);
unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base);
long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base);
unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base);
double wcstod(const wchar_t *restrict s, wchar_t **restrict end);
float wcstof(const wchar_t *restrict s, wchar_t **restrict end);
long double wcstold(const wchar_t *restrict s, wchar_t **restrict end);

wint_t btowc(int c);
int wctob(wint_t c);
int mbsinit(const mbstate_t *ps);
size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps);
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, mbstate_t *restrict ps);
size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t n, mbstate_t *restrict ps);

/* POSIX (X/Open): columns on a terminal, and case-insensitive comparison
 * (towlower of each unit). */
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);
int wcscasecmp(const wchar_t *a, const wchar_t *b);
int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n);

/* Wide streams (C11 7.29.3): the bytes are UTF-8; a character above U+FFFF
 * is two code units (docs/strings.md). */
int fwide(FILE *f, int mode);
wint_t fgetwc(FILE *f);
wint_t getwc(FILE *f);
wint_t getwchar(void);
wint_t fputwc(wchar_t c, FILE *f);
wint_t putwc(wchar_t c, FILE *f);
wint_t putwchar(wchar_t c);
wint_t ungetwc(wint_t c, FILE *f);
wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f);
int fputws(const wchar_t *restrict s, FILE *restrict f);
int fwprintf(FILE *restrict f, const wchar_t *restrict fmt, ...);
int wprintf(const wchar_t *restrict fmt, ...);
int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...);
int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap);
int vwprintf(const wchar_t *restrict fmt, va_list ap);
int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap);
int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...);
int wscanf(const wchar_t *restrict fmt, ...);
int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...);
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap);
int vwscanf(const wchar_t *restrict fmt, va_list ap);
int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap);
size_t wcsftime(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, const struct tm *restrict tm);

#ifdef __cplusplus
}
#endif

#endif
