#include <strings.h>
#include "../internal/ascii.h"

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
	if (!n)
		return 0;
	for (; --n && *l && (*l == *r || __ascii_lower(*l) == __ascii_lower(*r)); l++, r++)
		;
	return __ascii_lower(*l) - __ascii_lower(*r);
}
