#include "../internal/stdio_impl.h"

/* An unbuffered stream gets a buffer for the length of one call, so that a
 * formatted line reaches the device in one write instead of one per piece. */
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	unsigned char tmp[256];
	if (f->buf)
		return __vfprintf_core(f, fmt, ap);
	f->buf = tmp;
	f->size = sizeof tmp;
	f->wpos = 0;
	int r = __vfprintf_core(f, fmt, ap);
	if (__fflush_unlocked(f))
		r = -1;
	f->buf = 0;
	f->size = 0;
	return r;
}
