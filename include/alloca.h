#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <stddef.h>

/* Memory on the caller's stack, gone when it returns (the compiler's
 * builtin; large sizes are probed page by page by __chkstk). */
void *alloca(size_t size);
#define alloca(size) __builtin_alloca(size)

#endif
