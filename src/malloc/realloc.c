#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* realloc(p, 0) frees p and returns NULL, as glibc does (C17 leaves it to the
 * implementation; C23 makes it undefined).  After the platform is gone it
 * fails with ENOMEM and leaves p untouched. */
void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	if (!n) {
		free(p);
		return 0;
	}
	if (!__sys_available()) {
		errno = ENOMEM;
		return 0;
	}
	size_t cap = __malloc_capacity(p);
	/* Keep the block when it fits and would not waste more than half. */
	if (n <= cap && (cap <= 1008 || n > cap / 2))
		return p;
	void *q = malloc(n);
	if (!q)
		return 0;
	memcpy(q, p, n < cap ? n : cap);
	free(p);
	return q;
}
