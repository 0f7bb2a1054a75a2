#include <string.h>

void *memmem(const void *haystack, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = haystack, *n = needle, *end;
	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	end = h + (hn - nn) + 1;
	while (h < end) {
		h = memchr(h, n[0], (size_t)(end - h));
		if (!h)
			return 0;
		if (!memcmp(h + 1, n + 1, nn - 1))
			return (void *)h;
		h++;
	}
	return 0;
}
