#include <errno.h>
#include <sys/mman.h>

#include "../internal/mman_impl.h"

/* POSIX's: advice only, the data never changes; returns the error number. */
int posix_madvise(void *addr, size_t len, int advice)
{
	uintptr_t end;
	int e = errno;
	if (__mman_range(addr, len, &end) < 0) {
		int r = errno;
		errno = e;
		return r;
	}
	if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED)
		return EINVAL;
	if (!__mman_covered((uintptr_t)addr, end))
		return ENOMEM;
	return 0;
}
