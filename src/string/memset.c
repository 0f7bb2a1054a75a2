#include <string.h>
#include "../internal/word.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	size_t w = (unsigned char)c * __ONES;
	for (; n && ((uintptr_t)d & (__WSIZE - 1)); n--)
		*d++ = (unsigned char)c;
	for (; n >= 4 * __WSIZE; n -= 4 * __WSIZE, d += 4 * __WSIZE) {
		((__word *)d)[0] = w;
		((__word *)d)[1] = w;
		((__word *)d)[2] = w;
		((__word *)d)[3] = w;
	}
	for (; n >= __WSIZE; n -= __WSIZE, d += __WSIZE)
		*(__word *)d = w;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}
