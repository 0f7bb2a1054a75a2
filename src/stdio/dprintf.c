#include <errno.h>
#include "../internal/stdio_impl.h"

/* Descriptors 1 and 2 are the console; files come with their own layer. */
int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	if (fd != 1 && fd != 2) {
		errno = EBADF;
		return -1;
	}
	unsigned char buf[256];
	struct __FILE f = { .fd = fd, .lbf = -1, .buf = buf, .size = sizeof buf,
	                    .flags = __F_NORD, .write = __stdio_console_write };
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
