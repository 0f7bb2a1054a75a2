#include <errno.h>
#include <stdlib.h>
#include "../internal/malloc_impl.h"

/* Returns the error instead of setting errno, and leaves *res alone on
 * failure, as POSIX specifies. */
int posix_memalign(void **res, size_t alignment, size_t size)
{
	if (alignment < sizeof(void *) || (alignment & (alignment - 1)))
		return EINVAL;
	int saved = errno;
	void *p = __malloc_aligned(alignment, size);
	int err = errno;
	errno = saved;
	if (!p)
		return err ? err : ENOMEM;
	*res = p;
	return 0;
}
