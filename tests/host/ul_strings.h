/* Declarations of the library's string, ctype, stdlib conversion, sorting
 * and wide-character functions under their host names (ul_<name>; the
 * portable versions that src/arch/x86_64 replaces are also built as
 * ulg_<name>, see host.mk).  wchar_t is 16 bits in the library, so the
 * wide functions take uint16_t here. */
#ifndef TESTS_HOST_UL_STRINGS_H
#define TESTS_HOST_UL_STRINGS_H

#include <stddef.h>
#include <stdint.h>

void *ul_memcpy(void *d, const void *s, size_t n);
void *ul_memmove(void *d, const void *s, size_t n);
void *ul_memset(void *d, int c, size_t n);
int ul_memcmp(const void *a, const void *b, size_t n);
void *ul_memchr(const void *s, int c, size_t n);
void *ul_memrchr(const void *s, int c, size_t n);
void *ul_memmem(const void *h, size_t hn, const void *n, size_t nn);
void *ul_memccpy(void *d, const void *s, int c, size_t n);
size_t ul_strlen(const char *s);
size_t ul_strnlen(const char *s, size_t n);
int ul_strcmp(const char *a, const char *b);
int ul_strncmp(const char *a, const char *b, size_t n);
int ul_strcoll(const char *a, const char *b);
size_t ul_strxfrm(char *d, const char *s, size_t n);
char *ul_strchr(const char *s, int c);
char *ul_strchrnul(const char *s, int c);
char *ul_strrchr(const char *s, int c);
size_t ul_strspn(const char *s, const char *a);
size_t ul_strcspn(const char *s, const char *r);
char *ul_strpbrk(const char *s, const char *a);
char *ul_strstr(const char *h, const char *n);
char *ul_strcasestr(const char *h, const char *n);
char *ul_strtok(char *s, const char *d);
char *ul_strtok_r(char *s, const char *d, char **save);
char *ul_strcpy(char *d, const char *s);
char *ul_strncpy(char *d, const char *s, size_t n);
char *ul_stpcpy(char *d, const char *s);
char *ul_stpncpy(char *d, const char *s, size_t n);
char *ul_strcat(char *d, const char *s);
char *ul_strncat(char *d, const char *s, size_t n);
char *ul_strdup(const char *s);
char *ul_strndup(const char *s, size_t n);
char *ul_strerror(int e);
int ul_strerror_r(int e, char *buf, size_t len);
char *ul_strsignal(int sig);
int ul_strcasecmp(const char *a, const char *b);
int ul_strncasecmp(const char *a, const char *b, size_t n);
int ul_ffs(int i);
int ul_ffsl(long i);
int ul_ffsll(long long i);
void ul_bzero(void *s, size_t n);
int ul_bcmp(const void *a, const void *b, size_t n);
void ul_bcopy(const void *s, void *d, size_t n);
char *ul_index(const char *s, int c);
char *ul_rindex(const char *s, int c);

/* The portable versions of what src/arch/x86_64 replaces. */
void *ulg_memcpy(void *d, const void *s, size_t n);
void *ulg_memmove(void *d, const void *s, size_t n);
void *ulg_memset(void *d, int c, size_t n);
int ulg_memcmp(const void *a, const void *b, size_t n);
void *ulg_memchr(const void *s, int c, size_t n);
size_t ulg_strlen(const char *s);
char *ulg_strchr(const char *s, int c);
char *ulg_strchrnul(const char *s, int c);

int ul_isalnum(int c);
int ul_isalpha(int c);
int ul_isblank(int c);
int ul_iscntrl(int c);
int ul_isdigit(int c);
int ul_isgraph(int c);
int ul_islower(int c);
int ul_isprint(int c);
int ul_ispunct(int c);
int ul_isspace(int c);
int ul_isupper(int c);
int ul_isxdigit(int c);
int ul_tolower(int c);
int ul_toupper(int c);
int ul_isascii(int c);
int ul_toascii(int c);

long ul_strtol(const char *s, char **end, int base);
unsigned long ul_strtoul(const char *s, char **end, int base);
long long ul_strtoll(const char *s, char **end, int base);
unsigned long long ul_strtoull(const char *s, char **end, int base);
intmax_t ul_strtoimax(const char *s, char **end, int base);
uintmax_t ul_strtoumax(const char *s, char **end, int base);
unsigned long long ul___intscan(const char *s, char **end, int base, int is_signed,
				unsigned long long max);
double ul_strtod(const char *s, char **end);
float ul_strtof(const char *s, char **end);
long double ul_strtold(const char *s, char **end);
double ul_atof(const char *s);
int ul_atoi(const char *s);
long ul_atol(const char *s);
long long ul_atoll(const char *s);
void ul_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *ul_bsearch(const void *key, const void *base, size_t n, size_t size,
		 int (*cmp)(const void *, const void *));
int ul_abs(int x);
long ul_labs(long x);
long long ul_llabs(long long x);
intmax_t ul_imaxabs(intmax_t x);
int ul_rand(void);
void ul_srand(unsigned seed);

/* <wchar.h>, <uchar.h> with the library's 16-bit wchar_t. */
typedef struct {
	unsigned int cp;
	unsigned char need, lo, hi;
	unsigned short pend;
} ul_mbstate_t;
size_t ul_wcslen(const uint16_t *s);
size_t ul_wcsnlen(const uint16_t *s, size_t n);
uint16_t *ul_wcscpy(uint16_t *d, const uint16_t *s);
uint16_t *ul_wcsncpy(uint16_t *d, const uint16_t *s, size_t n);
uint16_t *ul_wcscat(uint16_t *d, const uint16_t *s);
uint16_t *ul_wcsncat(uint16_t *d, const uint16_t *s, size_t n);
int ul_wcscmp(const uint16_t *a, const uint16_t *b);
int ul_wcsncmp(const uint16_t *a, const uint16_t *b, size_t n);
uint16_t *ul_wcschr(const uint16_t *s, uint16_t c);
uint16_t *ul_wcsrchr(const uint16_t *s, uint16_t c);
uint16_t *ul_wcsstr(const uint16_t *h, const uint16_t *n);
size_t ul_wcsspn(const uint16_t *s, const uint16_t *a);
size_t ul_wcscspn(const uint16_t *s, const uint16_t *r);
uint16_t *ul_wcspbrk(const uint16_t *s, const uint16_t *a);
uint16_t *ul_wmemcpy(uint16_t *d, const uint16_t *s, size_t n);
uint16_t *ul_wmemmove(uint16_t *d, const uint16_t *s, size_t n);
uint16_t *ul_wmemset(uint16_t *d, uint16_t c, size_t n);
int ul_wmemcmp(const uint16_t *a, const uint16_t *b, size_t n);
uint16_t *ul_wmemchr(const uint16_t *s, uint16_t c, size_t n);
uint16_t ul_btowc(int c);   /* wint_t is 16 bits */
int ul_wctob(uint16_t c);
int ul_mbsinit(const ul_mbstate_t *ps);
size_t ul_mbrlen(const char *s, size_t n, ul_mbstate_t *ps);
size_t ul_mbrtowc(uint16_t *pwc, const char *s, size_t n, ul_mbstate_t *ps);
size_t ul_wcrtomb(char *s, uint16_t wc, ul_mbstate_t *ps);
size_t ul_mbsrtowcs(uint16_t *dst, const char **src, size_t n, ul_mbstate_t *ps);
size_t ul_wcsrtombs(char *dst, const uint16_t **src, size_t n, ul_mbstate_t *ps);
size_t ul_mbstowcs(uint16_t *dst, const char *src, size_t n);
size_t ul_wcstombs(char *dst, const uint16_t *src, size_t n);
int ul_mblen(const char *s, size_t n);
int ul_mbtowc(uint16_t *pwc, const char *s, size_t n);
int ul_wctomb(char *s, uint16_t wc);
long ul_wcstol(const uint16_t *s, uint16_t **end, int base);
unsigned long ul_wcstoul(const uint16_t *s, uint16_t **end, int base);
long long ul_wcstoll(const uint16_t *s, uint16_t **end, int base);
unsigned long long ul_wcstoull(const uint16_t *s, uint16_t **end, int base);
intmax_t ul_wcstoimax(const uint16_t *s, uint16_t **end, int base);
uintmax_t ul_wcstoumax(const uint16_t *s, uint16_t **end, int base);
double ul_wcstod(const uint16_t *s, uint16_t **end);
float ul_wcstof(const uint16_t *s, uint16_t **end);
long double ul_wcstold(const uint16_t *s, uint16_t **end);
uint16_t *ul_wcstok(uint16_t *s, const uint16_t *delim, uint16_t **save);
int ul_wcscoll(const uint16_t *a, const uint16_t *b);
size_t ul_wcsxfrm(uint16_t *d, const uint16_t *s, size_t n);
size_t ul_mbrtoc16(uint16_t *pc, const char *s, size_t n, ul_mbstate_t *ps);
size_t ul_c16rtomb(char *s, uint16_t c, ul_mbstate_t *ps);
size_t ul_mbrtoc32(uint32_t *pc, const char *s, size_t n, ul_mbstate_t *ps);
size_t ul_c32rtomb(char *s, uint32_t c, ul_mbstate_t *ps);

#endif
