#include <string.h>
#include "../internal/word.h"

__NO_ASAN size_t strlen(const char *s)
{
	const char *p = s;
	for (; (uintptr_t)p & (__WSIZE - 1); p++)
		if (!*p)
			return (size_t)(p - s);
	const __word *w = (const __word *)p;
	for (; !__HASZERO(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return (size_t)(p - s);
}
