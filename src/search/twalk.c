#include <search.h>

#include "../internal/tsearch_impl.h"

static void walk(const struct __tnode *n, void (*action)(const void *, VISIT, int), int depth)
{
	if (!n->child[0] && !n->child[1]) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->child[0])
		walk(n->child[0], action, depth + 1);
	action(n, postorder, depth);
	if (n->child[1])
		walk(n->child[1], action, depth + 1);
	action(n, endorder, depth);
}

/* Depth-first, left to right; the root is at depth 0. */
void twalk(const void *root, void (*action)(const void *nodep, VISIT which, int depth))
{
	if (root && action)
		walk(root, action, 0);
}
