#include <errno.h>
#include <stdlib.h>
#include "../internal/malloc_impl.h"

/* Any power of two is accepted (C17 7.22.3.1 leaves others undefined; they
 * fail here with EINVAL), and size need not be a multiple of it. */
void *aligned_alloc(size_t alignment, size_t size)
{
	if (!alignment || (alignment & (alignment - 1))) {
		errno = EINVAL;
		return 0;
	}
	return __malloc_aligned(alignment, size);
}
