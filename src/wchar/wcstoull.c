#include <wchar.h>
#include <stdlib.h>
#include <wchar.h>
#include "../internal/narrow.h"

unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	struct __narrow n;
	char *e, *c = __narrow_copy(&n, s);
	if (!c) {
		if (end)
			*end = (wchar_t *)s;
		return 0;
	}
	e = c;
	unsigned long long v = strtoull(c, &e, base);
	if (end && e != c)
		*end = (wchar_t *)s + (e - c);
	else if (end && (base == 0 || (base >= 2 && base <= 36)))
		*end = (wchar_t *)s;
	__narrow_free(&n);
	return v;
}
