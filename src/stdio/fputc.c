#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;
	/* The common case, a byte into a buffer with room to spare. */
	if (f->wpos + 1 < f->size && b != f->lbf && f->rpos == f->rend && !(f->flags & __F_NOWR) &&
	    (f->fd < 0 || __sys_available())) {
		f->buf[f->wpos++] = b;
		return b;
	}
	return __fwritex(&b, 1, f) == 1 ? b : EOF;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}
