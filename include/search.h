#ifndef _SEARCH_H
#define _SEARCH_H

/* Searching tables: hash tables, binary search trees, linear search,
 * queues (docs/posix-text.md). */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { FIND, ENTER } ACTION;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

typedef struct entry {
	char *key;
	void *data;
} ENTRY;

int hcreate(size_t nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY item, ACTION action);

/* GNU: tables the caller holds.  Zero the structure before hcreate_r. */
struct hsearch_data {
	struct __hentry *__table;
	size_t __size;
	size_t __used;
};
int hcreate_r(size_t nel, struct hsearch_data *htab);
void hdestroy_r(struct hsearch_data *htab);
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab);

/* A node's first member is the pointer to its key (POSIX). */
typedef void posix_tnode;

void *tsearch(const void *key, void **rootp, int (*compar)(const void *, const void *));
void *tfind(const void *key, void *const *rootp, int (*compar)(const void *, const void *));
void *tdelete(const void *restrict key, void **restrict rootp, int (*compar)(const void *, const void *));
void twalk(const void *root, void (*action)(const void *nodep, VISIT which, int depth));
/* GNU */
void twalk_r(const void *root, void (*action)(const void *nodep, VISIT which, void *closure), void *closure);
void tdestroy(void *root, void (*free_node)(void *nodep));

void *lsearch(const void *key, void *base, size_t *nelp, size_t width,
              int (*compar)(const void *, const void *));
void *lfind(const void *key, const void *base, size_t *nelp, size_t width,
            int (*compar)(const void *, const void *));

/* GNU */
struct qelem {
	struct qelem *q_forw;
	struct qelem *q_back;
	char q_data[1];
};
void insque(void *element, void *pred);
void remque(void *element);

#ifdef __cplusplus
}
#endif

#endif
