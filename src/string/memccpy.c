#include <string.h>

void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n)
{
	const unsigned char *e = memchr(src, c, n);
	if (e) {
		size_t k = (size_t)(e - (const unsigned char *)src) + 1;
		memcpy(dst, src, k);
		return (unsigned char *)dst + k;
	}
	memcpy(dst, src, n);
	return 0;
}
