#include <errno.h>
#include <sys/mman.h>

#include "../internal/mman_impl.h"
#include "../internal/sys.h"

/* Removes [addr, addr + len) from the mappings; pages in it that are not
 * mapped are no error (POSIX).  A region cut in the middle becomes two,
 * and an allocation no region uses any more goes back to the platform. */
int munmap(void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr, end;
	if (!len) {
		errno = EINVAL;
		return -1;
	}
	if (__mman_range(addr, len, &end) < 0) {
		errno = EINVAL;
		return -1;
	}
	/* A cut in the middle needs one more region: room first, so that a
	 * failure (ENOMEM, as Linux past its mapping limit) changes nothing. */
	for (size_t i = 0; i < __mman_count; i++)
		if (__mman_regions[i].start < a && __mman_regions[i].end > end && __mman_reserve(1) < 0)
			return -1;
	for (size_t i = 0; i < __mman_count; i++) {
		struct __mregion *r = &__mman_regions[i];
		if (r->end <= a || r->start >= end)
			continue;
		uintptr_t base = r->base;
		size_t pages = r->pages;
		if (r->start < a && r->end > end) {
			struct __mregion right = *r;
			right.start = end;
			r->end = a;
			__mman_regions[__mman_count++] = right;
			return 0;       /* the range was inside this one region */
		}
		if (r->start < a) {
			r->end = a;
		} else if (r->end > end) {
			r->start = end;
		} else {
			__mman_regions[i--] = __mman_regions[--__mman_count];
			int used = 0;
			for (size_t j = 0; j < __mman_count; j++)
				used |= __mman_regions[j].base == base;
			if (!used)
				__sys_pages_free((void *)base, pages);
		}
	}
	return 0;
}
