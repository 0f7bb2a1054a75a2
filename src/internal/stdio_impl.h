/* The one FILE under every stream: console, memory, and (later) files.
 * A stream is a buffer plus a write function; printf is one core over it. */
#ifndef __INTERNAL_STDIO_IMPL_H
#define __INTERNAL_STDIO_IMPL_H

#include <stdio.h>
#include <stdarg.h>

#define __F_ERR 1u
#define __F_EOF 2u
#define __F_NOWR 4u

struct __FILE {
	unsigned flags;
	int fd;
	int lbf;                   /* '\n' when line buffered, else -1 */
	unsigned char *buf;        /* NULL when unbuffered */
	size_t size;               /* capacity of buf */
	size_t wpos;               /* bytes waiting in buf */
	/* Hands n bytes to the device; returns how many it took, and sets
	 * __F_ERR (and errno) on a short write. */
	size_t (*write)(FILE *f, const unsigned char *s, size_t n);
	void *cookie;
};

/* Writes n bytes through the buffer; returns the count written. */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f);
/* Empties the buffer to the device; 0 or EOF. */
int __fflush_unlocked(FILE *f);
/* Flushes every open stream, at exit. */
void __stdio_exit(void);

/* The printf core.  Returns the number of bytes produced, or -1 with errno
 * set (EOVERFLOW when that number exceeds INT_MAX, EINVAL for an unsupported
 * or malformed conversion, or whatever the stream's write reported). */
int __vfprintf_core(FILE *f, const char *fmt, va_list ap);

#endif
