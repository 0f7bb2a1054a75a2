#include <strings.h>
#include "../internal/ascii.h"

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
	for (; *l && (*l == *r || __ascii_lower(*l) == __ascii_lower(*r)); l++, r++)
		;
	return __ascii_lower(*l) - __ascii_lower(*r);
}
