#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

static int is_std(FILE *f)
{
	return f == stdin || f == stdout || f == stderr;
}

/* Closes the stream's file (failures ignored, as C says) and opens path on
 * the same FILE.  A NULL path keeps the descriptor and changes only what the
 * new mode allows of it.  On failure the stream is closed. */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	int oflags, fd;
	if (__stdio_fmode(mode, &oflags))
		goto fail_closed;
	__fflush_unlocked(f);
	if (!path) {
		struct __fd *d = __fd_get(f->fd);
		if (!d)
			goto fail_closed;
		int acc = oflags & O_ACCMODE, have = d->flags & O_ACCMODE;
		if ((acc != O_RDONLY && have == O_RDONLY) || (acc != O_WRONLY && have == O_WRONLY)) {
			errno = EBADF;
			goto fail_closed;
		}
		fd = f->fd;
		/* Keep the descriptor: drop the stream's buffers, not its file. */
		if (f->close && f->seek) {
			free(f->cookie);
			f->cookie = 0;
		}
		d->flags = (d->flags & ~O_APPEND) | (oflags & O_APPEND);
		if ((oflags & O_TRUNC) && d->kind == __FD_NODE)
			ftruncate(fd, 0);
	} else {
		if (f->close)
			f->close(f);
		fd = __fd_open(path, oflags);
		if (fd < 0)
			goto fail_closed_quiet;
	}
	if (f->flags & __F_OWNBUF)
		free(f->buf);
	if (__stdio_file_attach(f, fd, oflags)) {
		__fd_close(fd);
		goto fail_closed_quiet;
	}
	return f;

fail_closed:
	if (f->close)
		f->close(f);
fail_closed_quiet:
	{
		int e = errno;
		if (f->flags & __F_OWNBUF)
			free(f->buf);
		f->flags = __F_NORD | __F_NOWR | __F_ERR;
		f->buf = 0;
		f->size = f->wpos = 0;
		f->rpos = f->rend = 0;
		f->close = 0;
		f->seek = 0;
		if (!is_std(f)) {
			__stdio_unlink(f);
			free(f);
		}
		errno = e;
	}
	return 0;
}
