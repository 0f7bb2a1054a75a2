#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __FILE FILE;

#define EOF (-1)
#define BUFSIZ 1024
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

extern FILE *const stdout;
extern FILE *const stderr;
#define stdout (stdout)
#define stderr (stderr)

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int puts(const char *s);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
int fflush(FILE *f);
int ferror(FILE *f);
int feof(FILE *f);
void clearerr(FILE *f);
void perror(const char *s);

int printf(const char *restrict fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int sprintf(char *restrict s, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 1, 0)));
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));
int vsprintf(char *restrict s, const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));
int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 3, 0)));

#ifdef __cplusplus
}
#endif

#endif
