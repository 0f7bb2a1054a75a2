/* build: -Os (every program that prints carries it) */
#include <errno.h>
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

int __fflush_unlocked(FILE *f)
{
	if (!f->wpos)
		return 0;
	size_t n = f->wpos;
	f->wpos = 0;
	f->flags |= __F_BYTE;     /* fputc's inline writes leave no other trace */
	if (f->fd >= 0 && !__sys_available() && !__sys_console_after_exit(f->fd)) {
		errno = EIO;
		f->flags |= __F_ERR;
		return EOF;
	}
	/* What the device refuses is dropped rather than retried forever: the
	 * error indicator tells the program. */
	return f->write(f, f->buf, n) == n ? 0 : EOF;
}

/* On a seekable input stream, also gives back the input read ahead: the
 * device's position becomes the stream's (POSIX). */
int fflush(FILE *f)
{
	if (!f)
		return __stdio_exit();
	int r = __fflush_unlocked(f);
	if (f->seek && f->rend) {
		if (f->rpos != f->rend && f->seek(f, -(long long)(f->rend - f->rpos), SEEK_CUR) < 0)
			r = EOF;
		f->rpos = f->rend = 0;
	}
	return r;
}
