#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"

/* A stream over a caller's buffer of `size` bytes.  Reads stop at the end
 * of the contents; writes stop at the end of the buffer (ENOSPC); after a
 * write the contents are NUL-terminated when there is room, as glibc does.
 * Without a buffer, one of `size` zeroed bytes is allocated and freed at
 * fclose. */
struct mem {
	unsigned char *buf;
	size_t size, pos, len;
	int own;
	unsigned char rbuf[__UNGET + 256];
};

static size_t mem_read(FILE *f, unsigned char *s, size_t n)
{
	struct mem *m = f->cookie;
	size_t k = m->pos < m->len ? m->len - m->pos : 0;
	if (k > n)
		k = n;
	memcpy(s, m->buf + m->pos, k);
	m->pos += k;
	if (!k)
		f->flags |= __F_EOF;
	return k;
}

static size_t mem_write(FILE *f, const unsigned char *s, size_t n)
{
	struct mem *m = f->cookie;
	if (f->flags & __F_APPEND)
		m->pos = m->len;
	size_t k = m->size - m->pos < n ? m->size - m->pos : n;
	memcpy(m->buf + m->pos, s, k);
	m->pos += k;
	if (m->pos > m->len)
		m->len = m->pos;
	if (m->len < m->size)
		m->buf[m->len] = 0;
	if (k < n) {
		f->flags |= __F_ERR;
		errno = ENOSPC;
	}
	return k;
}

/* Anywhere from 0 to the buffer's size; SEEK_END counts from the end of
 * the contents (the size for "r", 0 for "w", the string for "a"). */
static long long mem_seek(FILE *f, long long off, int whence)
{
	struct mem *m = f->cookie;
	long long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long long)m->pos : (long long)m->len;
	long long pos;
	if (__builtin_add_overflow(base, off, &pos) || pos < 0 || (unsigned long long)pos > m->size) {
		errno = EINVAL;
		return -1;
	}
	m->pos = (size_t)pos;
	return pos;
}

static int mem_close(FILE *f)
{
	struct mem *m = f->cookie;
	if (m->own)
		free(m->buf);
	return 0;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int oflags;
	if (__stdio_fmode(mode, &oflags) || !size) {
		errno = EINVAL;
		return 0;
	}
	int rw = mode[0], plus = (oflags & O_ACCMODE) == O_RDWR;
	struct __FILE *f = calloc(1, sizeof *f + sizeof(struct mem));
	if (!f)
		return 0;
	struct mem *m = (struct mem *)(f + 1);
	if (!buf) {
		buf = calloc(1, size);
		if (!buf) {
			free(f);
			return 0;
		}
		m->own = 1;
	}
	m->buf = buf;
	m->size = size;
	if (rw == 'r') {
		m->len = size;
	} else if (rw == 'w') {
		m->buf[0] = 0;
	} else {
		m->len = m->pos = strnlen(buf, size);
		f->flags |= __F_APPEND;
	}
	if (rw == 'r' && !plus)
		f->flags |= __F_NOWR;
	if (rw != 'r' && !plus)
		f->flags |= __F_NORD;
	f->fd = -1;
	f->lbf = -1;
	f->write = mem_write;
	f->read = mem_read;
	f->close = mem_close;
	f->seek = mem_seek;
	f->rbuf = m->rbuf;
	f->rsize = sizeof m->rbuf - __UNGET;
	f->cookie = m;
	__stdio_link(f);
	return f;
}
