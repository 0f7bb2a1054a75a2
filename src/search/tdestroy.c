#include <search.h>
#include <stdlib.h>

#include "../internal/tsearch_impl.h"

/* GNU: frees every node, handing each key to free_node first. */
void tdestroy(void *root, void (*free_node)(void *nodep))
{
	struct __tnode *n = root;
	if (!n)
		return;
	tdestroy(n->child[0], free_node);
	tdestroy(n->child[1], free_node);
	if (free_node)
		free_node((void *)n->key);
	free(n);
}
