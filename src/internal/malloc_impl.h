#ifndef __INTERNAL_MALLOC_IMPL_H
#define __INTERNAL_MALLOC_IMPL_H

#include <stddef.h>

/* Whether allocation may proceed now; else 0 with errno = ENOMEM (the
 * platform is gone and no reserve was set up). */
int __malloc_ready(void);

/* malloc with an alignment (a power of two). */
void *__malloc_aligned(size_t align, size_t n);

/* Usable size of a live block; aborts, naming it, when p is not one. */
size_t __malloc_usable(void *p);

/* Keeps bytes of pages for malloc after the platform is gone; 0 or -1. */
int __malloc_reserve(size_t bytes);

/* Gives every page the allocator holds back to the platform, at exit.
 * Memory from malloc is invalid afterwards. */
void __malloc_release_all(void);
/* What _Exit and abort call to give the pages back: __malloc_release_all
 * once malloc has taken pages, else NULL (so that exiting does not link the
 * allocator into programs that never allocate). */
extern void (*__malloc_release_hook)(void);

/* Later allocations come from newly obtained pages only (the memory type
 * changed); blocks already handed out stay valid. */
void __malloc_new_generation(void);

/* Moves every address the allocator holds (its metadata, its runs, the
 * reserve, the canaries, which depend on addresses) to where convert says
 * each will be: a runtime driver at SetVirtualAddressMap, still running at
 * the old addresses.  convert returns the new address of p, or NULL when p
 * will not be mapped (such runs are dropped).  Allocates nothing from the
 * platform (page-map nodes are reused, or taken from the reserve). */
void __malloc_relocate(void *(*convert)(void *p));

/* The blocks live now (handed out, not freed) and, in *bytes when not
 * NULL, their usable size: a walk of the runs, for leak checks. */
size_t __malloc_live(size_t *bytes);
/* Called by __malloc_release_all (at exit: after the atexit handlers, the
 * streams' flush and the descriptors' close, before the pages go back)
 * when set: a test's leak check, which reads __malloc_live.  NULL in every
 * program that does not set it. */
extern void (*__malloc_exit_hook)(void);

struct __malloc_stats {
	size_t pages_held;       /* everything: runs, metadata, reserve */
	size_t reserve_pages;
};
void __malloc_stats(struct __malloc_stats *s);

#endif
