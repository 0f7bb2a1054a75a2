#include <errno.h>
#include <stdlib.h>
#include "../internal/stdio_impl.h"

/* Sets the output buffering of a stream before it is used: _IONBF,
 * _IOLBF (flush at each '\n') or _IOFBF, with the caller's buffer or, when
 * buf is NULL, one of `size` bytes (BUFSIZ if 0) allocated here. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if ((mode != _IONBF && mode != _IOLBF && mode != _IOFBF) || f->wpos) {
		errno = EINVAL;
		return -1;
	}
	unsigned char *nb = 0;
	if (mode != _IONBF) {
		if (!size)
			size = BUFSIZ;
		nb = buf ? (unsigned char *)buf : malloc(size);
		if (!nb)
			return -1;
	}
	if (f->flags & __F_OWNBUF)
		free(f->buf);
	f->flags &= ~__F_OWNBUF;
	if (nb && !buf)
		f->flags |= __F_OWNBUF;
	f->buf = nb;
	f->size = nb ? size : 0;
	f->lbf = mode == _IOLBF ? '\n' : -1;
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
