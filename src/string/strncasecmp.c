#include <strings.h>

static int lower(int c)
{
	return (unsigned)(c - 'A') < 26 ? c | 32 : c;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
	if (!n)
		return 0;
	for (; --n && *l && (*l == *r || lower(*l) == lower(*r)); l++, r++)
		;
	return lower(*l) - lower(*r);
}
