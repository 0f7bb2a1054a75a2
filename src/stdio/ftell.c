#include <errno.h>
#include <limits.h>
#include "../internal/stdio_impl.h"

/* The device's position, less the input still buffered, plus the output
 * not yet written (which, in append mode, lands at the end). */
long long __ftello(FILE *f)
{
	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	long long pos = f->seek(f, 0, (f->flags & __F_APPEND) && f->wpos ? SEEK_END : SEEK_CUR);
	if (pos < 0)
		return -1;
	if (f->rend)
		pos -= f->rend - f->rpos;
	pos += (long long)f->wpos;
	if (pos < 0) {
		/* More bytes pushed back than were read. */
		errno = EINVAL;
		return -1;
	}
	return pos;
}

off_t ftello(FILE *f)
{
	return __ftello(f);
}

long ftell(FILE *f)
{
	long long pos = __ftello(f);
	if (pos > LONG_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (long)pos;
}
