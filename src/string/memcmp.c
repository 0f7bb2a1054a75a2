#include <string.h>
#include "../internal/word.h"

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	/* Skip equal words (unaligned loads, all within the n bytes). */
	for (; n >= __WSIZE && *(const __uword *)l == *(const __uword *)r;
	     n -= __WSIZE, l += __WSIZE, r += __WSIZE)
		;
	for (; n; n--, l++, r++)
		if (*l != *r)
			return *l - *r;
	return 0;
}
