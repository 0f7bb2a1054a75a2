#include <string.h>
#include "sse2_string.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if ((uintptr_t)d - (uintptr_t)s >= n || n <= 64) {
		/* No overlap, d below s, or small enough to load whole. */
		__copy_fwd(d, s, n);
		return dst;
	}
	/* d above s, overlapping: 64-byte blocks from the end, the first
	 * block saved before anything is stored. */
	__m128i h0 = LOADU(s), h1 = LOADU(s + 16), h2 = LOADU(s + 32), h3 = LOADU(s + 48);
	while (n > 64) {
		n -= 64;
		__m128i a = LOADU(s + n), b = LOADU(s + n + 16), c = LOADU(s + n + 32), e = LOADU(s + n + 48);
		STOREU(d + n, a);
		STOREU(d + n + 16, b);
		STOREU(d + n + 32, c);
		STOREU(d + n + 48, e);
	}
	STOREU(d, h0);
	STOREU(d + 16, h1);
	STOREU(d + 32, h2);
	STOREU(d + 48, h3);
	return dst;
}
