#include <errno.h>
#include <sys/mman.h>

#include "../internal/mman_impl.h"

/* Every mapping is private or read-only: nothing is ever owed to a file. */
int msync(void *addr, size_t len, int flags)
{
	uintptr_t end;
	if ((flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) || (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
		errno = EINVAL;
		return -1;
	}
	return __mman_mapped(addr, len, &end);
}
