#include <string.h>

/* BSD's strlcat: appends what fits; returns the length it tried to make.
 * When dst holds no NUL within size, it is left alone and size +
 * strlen(src) returned. */
size_t strlcat(char *restrict dst, const char *restrict src, size_t size)
{
	size_t d = strnlen(dst, size);
	if (d == size)
		return size + strlen(src);
	return d + strlcpy(dst + d, src, size - d);
}
