#include <search.h>
#include <stdlib.h>

#include "../internal/tsearch_impl.h"

static int height(const struct __tnode *n)
{
	return n ? n->height : 0;
}

static void fix_height(struct __tnode *n)
{
	int l = height(n->child[0]), r = height(n->child[1]);
	n->height = (l > r ? l : r) + 1;
}

/* Turns the child on side 1-dir up into n's place. */
static void rotate(struct __tnode **link, int dir)
{
	struct __tnode *n = *link, *c = n->child[!dir];
	n->child[!dir] = c->child[dir];
	c->child[dir] = n;
	fix_height(n);
	fix_height(c);
	*link = c;
}

void __tsearch_rebalance(struct __tnode **link)
{
	struct __tnode *n = *link;
	int diff = height(n->child[0]) - height(n->child[1]);
	if (diff > 1 || diff < -1) {
		int heavy = diff < 0;           /* the taller side */
		struct __tnode *c = n->child[heavy];
		if (height(c->child[!heavy]) > height(c->child[heavy]))
			rotate(&n->child[heavy], heavy);
		rotate(link, !heavy);
	} else {
		fix_height(n);
	}
}

/* Finds key, or adds it; returns its node, NULL when rootp is NULL or no
 * memory is left (errno ENOMEM). */
void *tsearch(const void *key, void **rootp, int (*compar)(const void *, const void *))
{
	if (!rootp)
		return NULL;
	struct __tnode **path[__TSEARCH_MAX_HEIGHT + 1];
	int depth = 0;
	struct __tnode **link = (struct __tnode **)rootp;
	while (*link) {
		int c = compar(key, (*link)->key);
		if (c == 0)
			return *link;
		path[depth++] = link;
		link = &(*link)->child[c > 0];
	}
	struct __tnode *n = malloc(sizeof *n);
	if (!n)
		return NULL;
	n->key = key;
	n->child[0] = n->child[1] = NULL;
	n->height = 1;
	*link = n;
	while (depth > 0) {
		struct __tnode **up = path[--depth];
		int before = (*up)->height;
		__tsearch_rebalance(up);
		if ((*up)->height == before)
			break;          /* nothing above changes */
	}
	return n;
}
