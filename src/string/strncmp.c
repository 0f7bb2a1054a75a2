#include <string.h>

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
	for (; n && *l && *l == *r; n--, l++, r++)
		;
	return n ? *l - *r : 0;
}
