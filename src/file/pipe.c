/* pipe and pipe2 within one program: a bounded in-memory buffer between two
 * descriptions, the read end and the write end.  There is no other thread or
 * process to empty or fill it, so where POSIX would block forever the call
 * fails instead (docs/posix.md):
 *   - read of an empty pipe whose write end is still open: -1, EAGAIN with
 *     O_NONBLOCK, else EDEADLK (blocking would never end);
 *   - write to a full pipe: what fits is written and counted; nothing fits:
 *     -1, EAGAIN with O_NONBLOCK, else EDEADLK.  A write of at most
 *     PIPE_BUF bytes is all or nothing (POSIX atomicity);
 *   - write with no read end open: SIGPIPE is raised, then -1 with EPIPE. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

#define PIPE_SIZE 65536        /* Linux's default capacity */

struct pipe {
	unsigned char *buf;
	size_t head, len;
	int readers, writers;   /* open descriptions of each end (0 or 1) */
};

static void drop(struct pipe *p)
{
	if (!p->readers && !p->writers) {
		free(p->buf);
		free(p);
	}
}

static ssize_t p_read(struct __fd *d, void *buf, size_t n)
{
	struct pipe *p = d->obj;
	if (!n)
		return 0;
	if (!p->len) {
		if (!p->writers)
			return 0;
		errno = (d->flags & O_NONBLOCK) ? EAGAIN : EDEADLK;
		return -1;
	}
	if (n > p->len)
		n = p->len;
	size_t first = PIPE_SIZE - p->head < n ? PIPE_SIZE - p->head : n;
	memcpy(buf, p->buf + p->head, first);
	memcpy((unsigned char *)buf + first, p->buf, n - first);
	p->head = (p->head + n) % PIPE_SIZE;
	p->len -= n;
	if (!p->len)
		p->head = 0;
	return (ssize_t)n;
}

static ssize_t p_write(struct __fd *d, const void *buf, size_t n)
{
	struct pipe *p = d->obj;
	if (!p->readers) {
		raise(SIGPIPE);
		errno = EPIPE;
		return -1;
	}
	size_t room = PIPE_SIZE - p->len;
	if (!n)
		return 0;
	if (!room || (n <= PIPE_BUF && n > room)) {
		errno = (d->flags & O_NONBLOCK) ? EAGAIN : EDEADLK;
		return -1;
	}
	if (n > room)
		n = room;
	size_t tail = (p->head + p->len) % PIPE_SIZE;
	size_t first = PIPE_SIZE - tail < n ? PIPE_SIZE - tail : n;
	memcpy(p->buf + tail, buf, first);
	memcpy(p->buf, (const unsigned char *)buf + first, n - first);
	p->len += n;
	return (ssize_t)n;
}

static int p_close_read(struct __fd *d)
{
	struct pipe *p = d->obj;
	p->readers--;
	drop(p);
	return 0;
}

static int p_close_write(struct __fd *d)
{
	struct pipe *p = d->obj;
	p->writers--;
	drop(p);
	return 0;
}

static ssize_t bad_read(struct __fd *d, void *buf, size_t n)
{
	(void)d, (void)buf, (void)n;
	errno = EBADF;
	return -1;
}

static ssize_t bad_write(struct __fd *d, const void *buf, size_t n)
{
	(void)d, (void)buf, (void)n;
	errno = EBADF;
	return -1;
}

static const struct __fd_ops read_end = { .read = p_read, .write = bad_write, .close = p_close_read, .mode = S_IFIFO | 0600 };
static const struct __fd_ops write_end = { .read = bad_read, .write = p_write, .close = p_close_write, .mode = S_IFIFO | 0600 };

int pipe2(int fd[2], int flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK)) {
		errno = EINVAL;
		return -1;
	}
	/* Reads and writes need the platform as every descriptor's do. */
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	struct pipe *p = calloc(1, sizeof *p);
	unsigned char *buf = p ? malloc(PIPE_SIZE) : 0;
	if (!buf) {
		free(p);
		return -1;
	}
	p->buf = buf;
	int r = __fd_alloc();
	if (r < 0)
		goto fail;
	int w = __fd_alloc();
	if (w < 0) {
		__fd_discard(r);
		goto fail;
	}
	struct __fd *dr = __fd_get(r), *dw = __fd_get(w);
	dr->kind = dw->kind = __FD_OPS;
	dr->ops = &read_end;
	dw->ops = &write_end;
	dr->obj = dw->obj = p;
	dr->flags = O_RDONLY | (flags & O_NONBLOCK);
	dw->flags = O_WRONLY | (flags & O_NONBLOCK);
	p->readers = p->writers = 1;
	if (flags & O_CLOEXEC) {
		__fd_setfd(r, FD_CLOEXEC);
		__fd_setfd(w, FD_CLOEXEC);
	}
	fd[0] = r;
	fd[1] = w;
	return 0;
fail:
	free(buf);
	free(p);
	return -1;
}

int pipe(int fd[2])
{
	return pipe2(fd, 0);
}
