#include <string.h>
#include "../internal/word.h"

__NO_ASAN char *strchrnul(const char *s, int c)
{
	unsigned char ch = (unsigned char)c;
	if (!ch)
		return (char *)s + strlen(s);
	for (; (uintptr_t)s & (__WSIZE - 1); s++)
		if (!*s || *(const unsigned char *)s == ch)
			return (char *)s;
	size_t k = ch * __ONES;
	const __word *w = (const __word *)s;
	for (; !__HASZERO(*w) && !__HASZERO(*w ^ k); w++)
		;
	for (s = (const char *)w; *s && *(const unsigned char *)s != ch; s++)
		;
	return (char *)s;
}
