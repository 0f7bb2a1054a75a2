#include <string.h>

char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
	char *d = dst + strlen(dst);
	size_t k = strnlen(src, n);
	memcpy(d, src, k);
	d[k] = 0;
	return dst;
}
