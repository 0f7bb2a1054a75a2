#include <errno.h>
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

static size_t fd_write(FILE *f, const unsigned char *s, size_t n)
{
	long k = __sys_console_write(f->fd, s, n);
	if (k < 0 || (size_t)k != n) {
		f->flags |= __F_ERR;
		return k < 0 ? 0 : (size_t)k;
	}
	return n;
}

/* Descriptors 1 and 2 are the console; files come with their own layer. */
int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	if (fd != 1 && fd != 2) {
		errno = EBADF;
		return -1;
	}
	unsigned char buf[256];
	struct __FILE f = { .fd = fd, .lbf = -1, .buf = buf, .size = sizeof buf,
	                    .flags = __F_NORD, .write = fd_write };
	int r = __vfprintf_core(&f, fmt, ap);
	if (__fflush_unlocked(&f))
		r = -1;
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
