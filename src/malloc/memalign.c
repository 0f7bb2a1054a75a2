#include <errno.h>
#include <malloc.h>
#include "../internal/malloc_impl.h"

void *memalign(size_t alignment, size_t size)
{
	if (!alignment || (alignment & (alignment - 1))) {
		errno = EINVAL;
		return 0;
	}
	return __malloc_aligned(alignment, size);
}
