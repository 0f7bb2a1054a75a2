#ifndef __INTERNAL_MALLOC_IMPL_H
#define __INTERNAL_MALLOC_IMPL_H

#include <stddef.h>

/* Gives every page the allocator holds back to the platform, at exit.
 * Memory from malloc is invalid afterwards. */
void __malloc_release_all(void);

/* Usable size of a live block (aborts on a pointer malloc never returned). */
size_t __malloc_capacity(void *p);

#endif
