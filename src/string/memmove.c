#include <string.h>
#include "../internal/word.h"

/* Portable: forward when the destination is below the source or the two do
 * not overlap, else backward; words where both can go word-sized. */
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d == s || !n)
		return dst;
	if ((uintptr_t)d - (uintptr_t)s >= n)
		return memcpy(dst, src, n);
	/* d is above s and they overlap: copy from the end; a word load takes
	 * all its bytes before the store, so overlap within a word is fine. */
	while (n && ((uintptr_t)(d + n) & (__WSIZE - 1))) {
		n--;
		d[n] = s[n];
	}
	while (n >= __WSIZE) {
		n -= __WSIZE;
		*(__word *)(d + n) = *(const __uword *)(s + n);
	}
	while (n) {
		n--;
		d[n] = s[n];
	}
	return dst;
}
