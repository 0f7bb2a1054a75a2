#include <string.h>

/* BSD's strlcpy: copies what fits of src, always NUL-terminated when size
 * is not 0, and returns strlen(src) so that truncation shows. */
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t n = strlen(src);
	if (size) {
		size_t k = n < size - 1 ? n : size - 1;
		memcpy(dst, src, k);
		dst[k] = 0;
	}
	return n;
}
