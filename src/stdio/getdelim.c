/* POSIX getdelim and getline: a whole line (or record), however long, in a
 * buffer the caller owns and the function grows with realloc. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"

/* Makes *s hold at least need bytes; 0, or -1 with errno = ENOMEM. */
static int grow(char **s, size_t *cap, size_t need)
{
	if (need <= *cap)
		return 0;
	size_t c = *cap < 64 ? 64 : *cap;
	while (c < need)
		c = c > SIZE_MAX / 2 ? need : c * 2;
	char *p = realloc(*s, c);
	if (!p) {
		errno = ENOMEM;
		return -1;
	}
	*s = p;
	*cap = c;
	return 0;
}

ssize_t getdelim(char **restrict lineptr, size_t *restrict n, int delim, FILE *restrict f)
{
	if (!lineptr || !n || !f) {
		errno = EINVAL;
		return -1;
	}
	if (__stdio_byte(f))
		return -1;
	if (!*lineptr)
		*n = 0;
	unsigned char d = (unsigned char)delim;
	size_t len = 0;
	for (;;) {
		/* Take what the buffer holds, up to the delimiter. */
		size_t avail = (size_t)(f->rend - f->rpos);
		if (avail) {
			unsigned char *end = memchr(f->rpos, d, avail);
			size_t k = end ? (size_t)(end - f->rpos) + 1 : avail;
			if (len + k >= (size_t)INTPTR_MAX) {
				errno = EOVERFLOW;
				f->flags |= __F_ERR;
				return -1;
			}
			if (grow(lineptr, n, len + k + 1)) {
				f->flags |= __F_ERR;
				return -1;
			}
			memcpy(*lineptr + len, f->rpos, k);
			f->rpos += k;
			len += k;
			if (end)
				break;
			continue;
		}
		int c = __uflow(f);
		if (c == EOF) {
			if (!len || (f->flags & __F_ERR)) {
				/* Still a string, as glibc leaves it. */
				if (*lineptr && *n)
					**lineptr = 0;
				return -1;
			}
			break;
		}
		if (grow(lineptr, n, len + 2)) {
			f->flags |= __F_ERR;
			return -1;
		}
		(*lineptr)[len++] = (char)c;
		if ((unsigned char)c == d)
			break;
	}
	(*lineptr)[len] = 0;
	return (ssize_t)len;
}

ssize_t getline(char **restrict lineptr, size_t *restrict n, FILE *restrict f)
{
	return getdelim(lineptr, n, '\n', f);
}
