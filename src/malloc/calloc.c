#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t nmemb, size_t size)
{
	size_t n;
	if (__builtin_mul_overflow(nmemb, size, &n)) {
		errno = ENOMEM;
		return 0;
	}
	void *p = malloc(n);
	if (p)
		memset(p, 0, n);
	return p;
}
