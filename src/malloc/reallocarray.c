#include <errno.h>
#include <stdlib.h>

void *reallocarray(void *p, size_t nmemb, size_t size)
{
	size_t n;
	if (__builtin_mul_overflow(nmemb, size, &n)) {
		errno = ENOMEM;
		return 0;
	}
	return realloc(p, n);
}
