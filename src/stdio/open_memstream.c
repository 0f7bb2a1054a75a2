#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"

/* A write-only stream into a buffer that grows as needed.  *ptr and
 * *sizeloc are kept current after every write, seek and at fclose: *ptr
 * holds the bytes written, NUL-terminated, *sizeloc the position.  The caller frees
 * *ptr after fclose. */
struct memstream {
	char **ptr;
	size_t *sizeloc;
	char *buf;
	size_t cap, len, pos;
};

/* Room for `need` bytes and a terminator; a gap from len to need is
 * zero-filled, as glibc does for writes after a seek past the end. */
static int reserve(FILE *f, struct memstream *m, size_t need)
{
	if (need >= m->cap) {
		size_t cap = m->cap;
		while (need >= cap) {
			if (cap > (size_t)-1 / 2) {
				errno = ENOMEM;
				f->flags |= __F_ERR;
				return -1;
			}
			cap *= 2;
		}
		char *b = realloc(m->buf, cap);
		if (!b) {
			f->flags |= __F_ERR;
			return -1;
		}
		m->buf = b;
		m->cap = cap;
		*m->ptr = b;
	}
	if (need > m->len) {
		memset(m->buf + m->len, 0, need - m->len);
		m->len = need;
		m->buf[m->len] = 0;
	}
	return 0;
}

/* *sizeloc follows the position, as glibc's does after each flush. */
static size_t ms_write(FILE *f, const unsigned char *s, size_t n)
{
	struct memstream *m = f->cookie;
	if (n > (size_t)-1 - m->pos) {
		errno = ENOMEM;
		f->flags |= __F_ERR;
		return 0;
	}
	size_t end = m->pos + n;
	if (end > m->len ? reserve(f, m, end) : 0)
		return 0;
	memcpy(m->buf + m->pos, s, n);
	m->pos = end;
	*m->sizeloc = m->pos;
	return n;
}

static long long ms_seek(FILE *f, long long off, int whence)
{
	struct memstream *m = f->cookie;
	long long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long long)m->pos : (long long)m->len;
	long long pos;
	if (__builtin_add_overflow(base, off, &pos) || pos < 0) {
		errno = EINVAL;
		return -1;
	}
	if ((unsigned long long)pos > m->len && reserve(f, m, (size_t)pos))
		return -1;
	m->pos = (size_t)pos;
	*m->sizeloc = m->pos;
	return pos;
}

FILE *open_memstream(char **ptr, size_t *sizeloc)
{
	if (!ptr || !sizeloc) {
		errno = EINVAL;
		return 0;
	}
	struct __FILE *f = calloc(1, sizeof *f + sizeof(struct memstream));
	char *buf = malloc(64);
	if (!f || !buf) {
		free(f);
		free(buf);
		return 0;
	}
	struct memstream *m = (struct memstream *)(f + 1);
	m->ptr = ptr;
	m->sizeloc = sizeloc;
	m->buf = buf;
	m->cap = 64;
	buf[0] = 0;
	*ptr = buf;
	*sizeloc = 0;
	f->fd = -1;
	f->lbf = -1;
	f->flags = __F_NORD;
	f->write = ms_write;
	f->seek = ms_seek;
	f->cookie = m;
	__stdio_link(f);
	return f;
}
