#include <string.h>
#include "../internal/byteset.h"

size_t strcspn(const char *s, const char *reject)
{
	struct __byteset set;
	const unsigned char *p = (const unsigned char *)s;
	if (!reject[0] || !reject[1])
		return (size_t)(strchrnul(s, reject[0]) - s);
	__byteset_init(&set, reject);
	for (; *p && !__byteset_has(&set, *p); p++)
		;
	return (size_t)(p - (const unsigned char *)s);
}
