#include <string.h>
#include "../internal/word.h"

/* Portable: aligns the destination, then moves words (unaligned loads). */
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	for (; n && ((uintptr_t)d & (__WSIZE - 1)); n--)
		*d++ = *s++;
	for (; n >= 4 * __WSIZE; n -= 4 * __WSIZE, d += 4 * __WSIZE, s += 4 * __WSIZE) {
		size_t a = ((const __uword *)s)[0], b = ((const __uword *)s)[1];
		size_t c = ((const __uword *)s)[2], e = ((const __uword *)s)[3];
		((__word *)d)[0] = a;
		((__word *)d)[1] = b;
		((__word *)d)[2] = c;
		((__word *)d)[3] = e;
	}
	for (; n >= __WSIZE; n -= __WSIZE, d += __WSIZE, s += __WSIZE)
		*(__word *)d = *(const __uword *)s;
	while (n--)
		*d++ = *s++;
	return dst;
}
