#include <errno.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

/* Any descriptor that can be written: the console or a file. */
int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	if (!__fd_get(fd))
		return -1;
	unsigned char buf[256];
	struct __FILE f = { .fd = fd, .lbf = -1, .buf = buf, .size = sizeof buf,
	                    .flags = __F_NORD, .write = __stdio_fd_write };
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
