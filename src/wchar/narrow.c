#include <stdlib.h>
#include "../internal/intscan.h"
#include "../internal/narrow.h"

char *__narrow_copy(struct __narrow *n, const wchar_t *s)
{
	size_t len = 0;
	while (s[len] && (unsigned)s[len] < 0x80)
		len++;
	n->s = len < sizeof n->small ? n->small : malloc(len + 1);
	if (!n->s)
		return 0;
	for (size_t i = 0; i < len; i++)
		n->s[i] = (char)s[i];
	n->s[len] = 0;
	return n->s;
}

void __narrow_free(struct __narrow *n)
{
	if (n->s && n->s != n->small)
		free(n->s);
}

unsigned long long __wcs_intscan(const wchar_t *s, wchar_t **end, int base, int is_signed,
				 unsigned long long max)
{
	struct __narrow n;
	char *e, *c = __narrow_copy(&n, s);
	if (!c) {
		if (end)
			*end = (wchar_t *)s;
		return 0;
	}
	e = c;
	unsigned long long v = __intscan(c, &e, base, is_signed, max);
	if (end && e != c)
		*end = (wchar_t *)s + (e - c);
	else if (end && (base == 0 || (base >= 2 && base <= 36)))
		*end = (wchar_t *)s;
	__narrow_free(&n);
	return v;
}
