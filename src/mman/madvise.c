#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "../internal/mman_impl.h"

/* Linux's: the hints change nothing but MADV_DONTNEED and MADV_FREE, after
 * which anonymous pages read as zeros (a file's copy keeps its bytes). */
int madvise(void *addr, size_t len, int advice)
{
	uintptr_t a = (uintptr_t)addr, end;
	if (advice != MADV_NORMAL && advice != MADV_RANDOM && advice != MADV_SEQUENTIAL &&
	    advice != MADV_WILLNEED && advice != MADV_DONTNEED && advice != MADV_FREE) {
		errno = EINVAL;
		return -1;
	}
	if (__mman_mapped(addr, len, &end) < 0)
		return -1;
	if (advice == MADV_DONTNEED || advice == MADV_FREE) {
		for (size_t i = 0; i < __mman_count; i++) {
			struct __mregion *r = &__mman_regions[i];
			uintptr_t s = r->start > a ? r->start : a, e = r->end < end ? r->end : end;
			if (r->anon && s < e)
				memset((void *)s, 0, e - s);
		}
	}
	return 0;
}
