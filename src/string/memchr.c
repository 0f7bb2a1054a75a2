#include <string.h>
#include "../internal/word.h"

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	unsigned char ch = (unsigned char)c;
	for (; ((uintptr_t)s & (__WSIZE - 1)) && n; s++, n--)
		if (*s == ch)
			return (void *)s;
	if (n && *s != ch) {
		size_t k = ch * __ONES;
		const __word *w = (const __word *)s;
		for (; n >= __WSIZE && !__HASZERO(*w ^ k); w++, n -= __WSIZE)
			;
		s = (const unsigned char *)w;
	}
	for (; n; s++, n--)
		if (*s == ch)
			return (void *)s;
	return 0;
}
