/* The one FILE under every stream: console, memory and files.
 * A stream is a buffer plus write and read functions; printf is one core
 * over it.  Output waits in buf; input waits in rbuf between rpos and rend,
 * after UNGET bytes kept free so that ungetc always has room. */
#ifndef __INTERNAL_STDIO_IMPL_H
#define __INTERNAL_STDIO_IMPL_H

#include <errno.h>
#include <stdio.h>
#include <stdarg.h>

/* The library itself calls the functions: its accesses to a FILE all go
 * through struct __FILE. */
#undef getc
#undef fgetc

#define __F_ERR 1u
#define __F_EOF 2u
#define __F_NOWR 4u
#define __F_NORD 8u
#define __F_APPEND 16u
#define __F_OWNBUF 32u           /* buf was malloc'd by the library */
/* Orientation (C11 7.21.2p4): set by the first byte or wide function; a
 * stream with both bits is wide (the wide functions use the byte layer
 * underneath).  fwide reports it; freopen clears it.  A wide stream is
 * closed to the byte functions: __F_NOWR and __F_NORD are set, so that
 * they fail (EBADF) through the checks they already make, and the
 * stream's own two bits are kept, shifted, in __F_WNOWR and __F_WNORD.
 * The wide functions open it around their calls into the byte layer
 * (__wide_enter/__wide_leave). */
#define __F_BYTE 64u
#define __F_WIDE 128u
#define __F_WNOWR (__F_NOWR << 6)
#define __F_WNORD (__F_NORD << 6)
#define __UNGET 8

struct __FILE {
	/* First, as <stdio.h>'s struct __stdio_in says: getc and fgetc take a
	 * buffered byte inline through these two. */
	unsigned char *rpos, *rend;
	unsigned flags;
	int fd;
	int lbf;                   /* '\n' when line buffered, else -1 */
	unsigned char *buf;        /* NULL when unbuffered */
	size_t size;               /* capacity of buf */
	size_t wpos;               /* bytes waiting in buf */
	/* Hands n bytes to the device; returns how many it took, and sets
	 * __F_ERR (and errno) on a short write. */
	size_t (*write)(FILE *f, const unsigned char *s, size_t n);
	/* Reads up to n bytes from the device; returns how many, 0 at end of
	 * file (setting __F_EOF) or on error (setting __F_ERR and errno). */
	size_t (*read)(FILE *f, unsigned char *s, size_t n);
	/* Releases the device at fclose; 0 or EOF. */
	int (*close)(FILE *f);
	unsigned char *rbuf;       /* __UNGET bytes, then room for input */
	size_t rsize;              /* capacity of rbuf after the __UNGET bytes */
	FILE *next, *prev;         /* open streams other than the standard ones */
	void *cookie;
	/* Moves the device's position (whence as lseek's) and returns the new
	 * one, or -1 with errno; NULL for streams that cannot seek. */
	long long (*seek)(FILE *f, long long off, int whence);
	/* The wide functions' halves of a surrogate pair (0 when none): the
	 * low half fgetwc delivers next, and the high half fputwc holds until
	 * its low half comes (docs/strings.md). */
	unsigned short wrd, wwr;
};

/* Every byte input function starts here: on a wide-oriented stream it
 * fails (EBADF); otherwise the stream becomes byte-oriented.  0 or -1.
 * (Output: __fwritex marks the stream, and __F_NOWR refuses wide ones.) */
static inline int __stdio_byte(FILE *f)
{
	if (f->flags & __F_WIDE) {
		errno = EBADF;
		return -1;
	}
	f->flags |= __F_BYTE;
	return 0;
}
/* Open a wide stream to the byte layer for the wide functions, and close
 * it again (flags the byte layer sets meanwhile, such as errors, stay). */
static inline void __wide_enter(FILE *f)
{
	f->flags = (f->flags & ~(__F_NOWR | __F_NORD)) | ((f->flags >> 6) & (__F_NOWR | __F_NORD));
}
static inline void __wide_leave(FILE *f)
{
	f->flags |= __F_NOWR | __F_NORD;
}
/* Every wide function starts here: a stream without orientation becomes
 * wide; 0 if it is wide, -1 (EINVAL) if it is byte-oriented. */
int __stdio_wide(FILE *f);
/* fgetwc and fputwc of a wide-oriented stream: the code unit, or -1 (end
 * of file or an error), or for fgetwc -2 (an encoding error, EILSEQ). */
int __fgetwc_unlocked(FILE *f);
int __fputwc_unlocked(unsigned c, FILE *f);

/* Writes n bytes through the buffer; returns the count written. */
size_t __fwritex(const unsigned char *s, size_t n, FILE *f);
/* Empties the buffer to the device; 0 or EOF. */
int __fflush_unlocked(FILE *f);
/* Flushes every open stream (at exit, and for fflush(NULL)); EOF if any
 * flush failed. */
int __stdio_exit(void);
/* The write function of the console streams (fd 1 and 2). */
size_t __stdio_console_write(FILE *f, const unsigned char *s, size_t n);
/* Parses an fopen mode: r w a, then + b x (x only after w) and t e in any
 * order, each once, into open(2) flags.  0, or -1 with EINVAL. */
int __stdio_fmode(const char *mode, int *oflags);
/* Makes f a buffered stream over descriptor fd opened with oflags (buffers
 * allocated here, released by its close function).  0 or -1 (ENOMEM). */
int __stdio_file_attach(FILE *f, int fd, int oflags);
/* A stream over fd made with __stdio_file_attach and linked; NULL (errno
 * ENOMEM) leaves fd open for the caller. */
FILE *__stdio_file_new(int fd, int oflags);
/* Fills name (18 bytes) with "/tmp-NNNNNNNN.<ext>" made from v. */
void __stdio_tmp_name(char name[18], unsigned v, const char *ext);
/* Writes all n bytes to descriptor f->fd (a FILE write function). */
size_t __stdio_fd_write(FILE *f, const unsigned char *s, size_t n);
/* fseeko and ftello. */
int __fseeko(FILE *f, long long off, int whence);
long long __ftello(FILE *f);
/* Refills the input buffer and returns its first byte, or EOF. */
int __uflow(FILE *f);
/* Adds a stream to, or takes it off, the list exit flushes. */
void __stdio_link(FILE *f);
void __stdio_unlink(FILE *f);

/* The printf core.  Returns the number of bytes produced, or -1 with errno
 * set (EOVERFLOW when that number exceeds INT_MAX, EINVAL for an unsupported
 * or malformed conversion, or whatever the stream's write reported). */
int __vfprintf_core(FILE *f, const char *fmt, va_list ap);
/* The same into s: at most room bytes and a NUL after them (s has room + 1
 * bytes); returns the full length, as snprintf does. */
int __vsnprintf_core(char *s, size_t room, const char *fmt, va_list ap);
/* The same engine for the wprintf family (UTF-16 format): onto the wide
 * stream f, or into dst (n units with the NUL).  Returns the units written
 * (-1 with errno, EOVERFLOW when n is too small). */
int __vfwprintf_core(FILE *f, unsigned short *dst, size_t n, const unsigned short *fmt, va_list ap);
/* The scanf engine for the wscanf family (scanf_core.h): reads the wide
 * stream f (its orientation checked by the caller), or the wide string s
 * when f is NULL.  Returns what fwscanf returns. */
int __vfwscanf_core(FILE *f, const unsigned short *s, const unsigned short *fmt, va_list ap);

#endif
