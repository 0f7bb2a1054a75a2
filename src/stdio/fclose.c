#include <stdlib.h>
#include "../internal/stdio_impl.h"

/* Flushes and releases the stream.  The standard streams are only flushed
 * and marked closed (their storage is static). */
int fclose(FILE *f)
{
	int r = __fflush_unlocked(f);
	if (f->close && f->close(f))
		r = EOF;
	if (f->flags & __F_OWNBUF)
		free(f->buf);
	if (f == stdin || f == stdout || f == stderr) {
		f->flags |= __F_NORD | __F_NOWR;
		f->buf = 0;
		f->size = f->wpos = 0;
		f->rpos = f->rend = 0;
		return r;
	}
	__stdio_unlink(f);
	free(f);
	return r;
}
