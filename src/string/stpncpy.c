#include <string.h>

char *stpncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t k = strnlen(src, n);
	memcpy(dst, src, k);
	memset(dst + k, 0, n - k);
	return dst + k;
}
