#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/malloc_impl.h"

/* realloc(p, 0) frees p and returns NULL, as glibc does (C17 leaves it to the
 * implementation; C23 makes it undefined).  A failed realloc leaves p as it
 * was.  The block stays in place when the new size fits and would not waste
 * more than half of it. */
void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	if (!n) {
		free(p);
		return 0;
	}
	if (!__malloc_ready())
		return 0;
	size_t cap = __malloc_usable(p);    /* checks p, aborting if it is bad */
	if (n <= cap && n >= cap / 2)
		return p;
	void *q = malloc(n);
	if (!q)
		return 0;
	memcpy(q, p, n < cap ? n : cap);
	free(p);
	return q;
}
