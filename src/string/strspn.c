#include <string.h>
#include "../internal/byteset.h"

size_t strspn(const char *s, const char *accept)
{
	struct __byteset set;
	const unsigned char *p = (const unsigned char *)s;
	if (!accept[0])
		return 0;
	if (!accept[1]) {
		for (; *p == (unsigned char)accept[0]; p++)
			;
		return (size_t)(p - (const unsigned char *)s);
	}
	__byteset_init(&set, accept);
	for (; *p && __byteset_has(&set, *p); p++)
		;
	return (size_t)(p - (const unsigned char *)s);
}
