#include <errno.h>
#include <limits.h>
#include <string.h>
#include "../internal/stdio_impl.h"

struct mem_sink {
	char *s;
	size_t room;   /* bytes still writable, the terminating NUL excluded */
};

/* Keeps what fits and reports everything as written, so that the core counts
 * the full length that snprintf must return. */
static size_t mem_write(FILE *f, const unsigned char *s, size_t n)
{
	struct mem_sink *m = f->cookie;
	size_t k = n < m->room ? n : m->room;
	memcpy(m->s, s, k);
	m->s += k;
	m->room -= k;
	return n;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	char dummy;
	if (!n) {
		s = &dummy;
		n = 1;
	}
	struct mem_sink m = { s, n - 1 };
	struct __FILE f = { .fd = -1, .lbf = -1, .write = mem_write, .cookie = &m };
	int r = __vfprintf_core(&f, fmt, ap);
	*m.s = 0;
	return r;
}

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	return vsnprintf(s, (size_t)INT_MAX + 1, fmt, ap);
}
