#include <strings.h>

static int lower(int c)
{
	return (unsigned)(c - 'A') < 26 ? c | 32 : c;
}

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
	for (; *l && (*l == *r || lower(*l) == lower(*r)); l++, r++)
		;
	return lower(*l) - lower(*r);
}
