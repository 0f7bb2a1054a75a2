#include <stdlib.h>
#include <wchar.h>
#include "../internal/narrow.h"

double wcstod(const wchar_t *restrict s, wchar_t **restrict end)
{
	struct __narrow n;
	char *e, *c = __narrow_copy(&n, s);
	if (!c) {
		if (end)
			*end = (wchar_t *)s;
		return 0;
	}
	double v = strtod(c, &e);
	if (end)
		*end = (wchar_t *)s + (e - c);
	__narrow_free(&n);
	return v;
}
