#include <search.h>

#include "../internal/tsearch_impl.h"

static void walk(const struct __tnode *n, void (*action)(const void *, VISIT, void *), void *closure)
{
	if (!n->child[0] && !n->child[1]) {
		action(n, leaf, closure);
		return;
	}
	action(n, preorder, closure);
	if (n->child[0])
		walk(n->child[0], action, closure);
	action(n, postorder, closure);
	if (n->child[1])
		walk(n->child[1], action, closure);
	action(n, endorder, closure);
}

/* GNU: twalk with a closure instead of the depth. */
void twalk_r(const void *root, void (*action)(const void *nodep, VISIT which, void *closure), void *closure)
{
	if (root && action)
		walk(root, action, closure);
}
