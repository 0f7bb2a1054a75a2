#include <search.h>
#include <stdlib.h>

#include "../internal/tsearch_impl.h"

/* Removes key's node.  Returns the node that was its parent (it may have
 * moved while the tree was rebalanced, but it is still in the tree), or,
 * when the root was removed, rootp itself (POSIX: an unspecified non-null
 * pointer); NULL when the key is not there or rootp is NULL.  The other
 * nodes stay where they are in memory: a node pointer tsearch returned
 * keeps pointing at its key. */
void *tdelete(const void *restrict key, void **restrict rootp, int (*compar)(const void *, const void *))
{
	if (!rootp)
		return NULL;
	struct __tnode **path[__TSEARCH_MAX_HEIGHT + 2];
	int depth = 0;
	struct __tnode **link = (struct __tnode **)rootp;
	for (;;) {
		if (!*link)
			return NULL;
		int c = compar(key, (*link)->key);
		if (c == 0)
			break;
		path[depth++] = link;
		link = &(*link)->child[c > 0];
	}
	struct __tnode *n = *link;
	void *parent = depth ? (void *)*path[depth - 1] : (void *)rootp;
	if (!n->child[0] || !n->child[1]) {
		*link = n->child[!n->child[0]];
	} else {
		/* The successor s (leftmost of the right subtree) takes n's place. */
		int at = depth;
		path[depth++] = link;
		struct __tnode **sl = &n->child[1];
		path[depth++] = sl;
		while ((*sl)->child[0]) {
			sl = &(*sl)->child[0];
			path[depth++] = sl;
		}
		depth--;                /* sl itself is where a node goes away */
		struct __tnode *s = *sl;
		*sl = s->child[1];
		s->child[0] = n->child[0];
		s->child[1] = n->child[1];
		s->height = n->height;
		*link = s;
		if (at + 1 < depth)
			path[at + 1] = &s->child[1];
	}
	free(n);
	while (depth > 0)
		__tsearch_rebalance(path[--depth]);
	return parent;
}
