#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"

/* A write-only stream into a buffer that grows as needed.  *ptr and
 * *sizeloc are kept current after every write and at fclose: *ptr holds the
 * bytes written, NUL-terminated, *sizeloc their count.  The caller frees
 * *ptr after fclose. */
struct memstream {
	char **ptr;
	size_t *sizeloc;
	char *buf;
	size_t cap, len;
};

static size_t ms_write(FILE *f, const unsigned char *s, size_t n)
{
	struct memstream *m = f->cookie;
	if (n >= m->cap - m->len) {
		size_t cap = m->cap;
		while (n >= cap - m->len) {
			if (cap > (size_t)-1 / 2) {
				errno = ENOMEM;
				f->flags |= __F_ERR;
				return 0;
			}
			cap *= 2;
		}
		char *b = realloc(m->buf, cap);
		if (!b) {
			f->flags |= __F_ERR;
			return 0;
		}
		m->buf = b;
		m->cap = cap;
		*m->ptr = b;
	}
	memcpy(m->buf + m->len, s, n);
	m->len += n;
	m->buf[m->len] = 0;
	*m->sizeloc = m->len;
	return n;
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
	f->cookie = m;
	__stdio_link(f);
	return f;
}
