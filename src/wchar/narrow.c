#include <stdlib.h>
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
