#include <errno.h>
#include "../internal/stdio_impl.h"

/* Pending output is written first; buffered input and pushed-back bytes
 * are dropped; the end-of-file indicator is cleared. */
int __fseeko(FILE *f, long long off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	if (whence == SEEK_CUR && f->rend)
		off -= f->rend - f->rpos;
	if (f->wpos && __fflush_unlocked(f))
		return -1;
	if (f->seek(f, off, whence) < 0)
		return -1;
	if (f->rpos && !(f->flags & __F_WIDE))
		f->flags |= __F_BYTE;     /* getc's inline reads leave no other trace */
	f->rpos = f->rend = 0;
	f->wrd = f->wwr = 0;      /* a wide stream's half-read or half-written pair */
	f->flags &= ~__F_EOF;
	return 0;
}

int fseeko(FILE *f, off_t off, int whence)
{
	return __fseeko(f, off, whence);
}

int fseek(FILE *f, long off, int whence)
{
	return __fseeko(f, off, whence);
}
