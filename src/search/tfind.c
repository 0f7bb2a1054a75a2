#include <search.h>

#include "../internal/tsearch_impl.h"

void *tfind(const void *key, void *const *rootp, int (*compar)(const void *, const void *))
{
	if (!rootp)
		return NULL;
	struct __tnode *n = *rootp;
	while (n) {
		int c = compar(key, n->key);
		if (c == 0)
			return n;
		n = n->child[c > 0];
	}
	return NULL;
}
