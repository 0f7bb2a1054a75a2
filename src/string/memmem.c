#include <string.h>
#include "../internal/twoway.h"

/* memchr finds the candidates for one- and two-byte needles; longer ones go
 * to the two-way search (linear whatever the input). */
void *memmem(const void *haystack, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = haystack, *n = needle;
	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	const unsigned char *p = memchr(h, n[0], hn - nn + 1);
	if (!p || nn == 1)
		return (void *)p;
	hn -= (size_t)(p - h);
	h = p;
	if (nn == 2) {
		for (; hn >= 2; h++, hn--) {
			if (h[0] == n[0] && h[1] == n[1])
				return (void *)h;
		}
		return 0;
	}
	return __twoway(h, hn, n, nn);
}
