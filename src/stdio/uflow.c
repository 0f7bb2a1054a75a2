#include <errno.h>
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

int __uflow(FILE *f)
{
	/* C11 7.21.7.1: once the end-of-file indicator is set, reads give EOF
	 * until clearerr (or a successful ungetc). */
	/* The first read makes the stream byte-oriented; a wide one has
	 * __F_NORD set for the byte layer, refused below (EBADF). */
	f->flags |= __F_BYTE;
	if (f->flags & __F_EOF)
		return EOF;
	if (!f->read || (f->flags & __F_NORD)) {
		f->flags |= __F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->fd >= 0 && !__sys_available()) {
		f->flags |= __F_ERR;
		errno = EIO;
		return EOF;
	}
	/* Waiting for input from a device: show what has been written so far
	 * (a prompt without a newline, say), as glibc does. */
	if (f->fd >= 0)
		__fflush_unlocked(stdout);
	__fflush_unlocked(f);
	unsigned char *start = f->rbuf + __UNGET;
	size_t n = f->read(f, start, f->rsize);
	if (!n)
		return EOF;
	f->rpos = start;
	f->rend = start + n;
	return *f->rpos++;
}
