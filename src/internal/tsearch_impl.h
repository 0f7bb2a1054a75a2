/* The binary search trees of <search.h>: an AVL tree whose nodes start
 * with the key pointer, as POSIX requires (a node pointer read as a
 * pointer to a key pointer gives the key). */
#ifndef __INTERNAL_TSEARCH_IMPL_H
#define __INTERNAL_TSEARCH_IMPL_H

struct __tnode {
	const void *key;
	struct __tnode *child[2];
	int height;
};

/* An AVL tree of height h holds at least fib(h+2)-1 nodes: 96 levels are
 * more than any address space can hold. */
#define __TSEARCH_MAX_HEIGHT 96

/* Restores the AVL balance of the subtree *link, whose children are
 * balanced and differ in height by at most 2, and updates its height. */
void __tsearch_rebalance(struct __tnode **link);

#endif
