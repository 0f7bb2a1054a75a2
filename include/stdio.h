#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __FILE FILE;
#ifndef __DEFINED_ssize_t
#define __DEFINED_ssize_t
typedef long long ssize_t;     /* POSIX: 64 bits here, where long is 32 */
#endif

#define EOF (-1)
#define BUFSIZ 1024
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define FILENAME_MAX 4096
#define FOPEN_MAX 1024
#define TMP_MAX 1000000
#define L_tmpnam 20

#ifndef __DEFINED_off_t
#define __DEFINED_off_t
typedef long long off_t;
#endif
typedef struct { long long __pos; } fpos_t;

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin  (stdin)
#define stdout (stdout)
#define stderr (stderr)

int fgetc(FILE *f);
int getc(FILE *f);

/* The first two members of every FILE: the buffered input not yet read.
 * They are public only so that getc and fgetc can take a byte without a
 * call (C11 7.1.4 lets any function be a macro as well); (fgetc)(f) and
 * &fgetc are the functions. */
struct __stdio_in {
	unsigned char *__rpos, *__rend;
};
static __inline__ int __stdio_getc(FILE *__f)
{
	struct __stdio_in *__in = (struct __stdio_in *)(void *)__f;
	return __in->__rpos != __in->__rend ? *__in->__rpos++ : (fgetc)(__f);
}
#define getc(f) __stdio_getc(f)
#define fgetc(f) __stdio_getc(f)
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *restrict s, int n, FILE *restrict f);
ssize_t getdelim(char **restrict lineptr, size_t *restrict n, int delim, FILE *restrict f);
ssize_t getline(char **restrict lineptr, size_t *restrict n, FILE *restrict f);
size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *restrict s, FILE *restrict f);
int puts(const char *s);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
int fflush(FILE *f);
int fclose(FILE *f);
FILE *fopen(const char *restrict path, const char *restrict mode);
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f);
FILE *fdopen(int fd, const char *mode);
FILE *tmpfile(void);
char *tmpnam(char *s);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);
int fgetpos(FILE *restrict f, fpos_t *restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);
void rewind(FILE *f);
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);
FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode);
/* Through system() and a temporary file (docs/posix.md). */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *stream);
FILE *open_memstream(char **ptr, size_t *sizeloc);
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
void setbuf(FILE *restrict f, char *restrict buf);
int fileno(FILE *f);
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
int asprintf(char **strp, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int vasprintf(char **strp, const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));
int dprintf(int fd, const char *restrict fmt, ...) __attribute__((__format__(__printf__, 2, 3)));
int vdprintf(int fd, const char *restrict fmt, va_list ap) __attribute__((__format__(__printf__, 2, 0)));

int scanf(const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 1, 2)));
int fscanf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 2, 3)));
int sscanf(const char *restrict s, const char *restrict fmt, ...) __attribute__((__format__(__scanf__, 2, 3)));
int vscanf(const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 1, 0)));
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 2, 0)));
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) __attribute__((__format__(__scanf__, 2, 0)));

#ifdef __cplusplus
}
#endif

#endif
