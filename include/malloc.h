#ifndef _MALLOC_H
#define _MALLOC_H

#include <stddef.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The usable size of a block from malloc (at least what was asked for). */
size_t malloc_usable_size(void *ptr);
void *memalign(size_t alignment, size_t size);

#ifdef __cplusplus
}
#endif

#endif
