#include <errno.h>
#include <string.h>

#include "../internal/mman_impl.h"
#include "../internal/sys.h"

struct __mregion *__mman_regions;
size_t __mman_count;
static size_t cap, cap_pages;

int __mman_reserve(size_t n)
{
	if (__mman_count + n <= cap)
		return 0;
	size_t pages = cap_pages ? cap_pages * 2 : 1;
	while (pages * __SYS_PAGE_SIZE / sizeof(struct __mregion) < __mman_count + n)
		pages *= 2;
	struct __mregion *t = __sys_pages_alloc(pages);
	if (!t)
		return -1;      /* ENOMEM */
	if (__mman_regions) {
		memcpy(t, __mman_regions, __mman_count * sizeof *t);
		__sys_pages_free(__mman_regions, cap_pages);
	}
	__mman_regions = t;
	cap_pages = pages;
	cap = pages * __SYS_PAGE_SIZE / sizeof *t;
	return 0;
}

int __mman_covered(uintptr_t start, uintptr_t end)
{
	/* The regions never overlap: the range is covered when the pieces
	 * of it they hold add up to it. */
	uintptr_t got = 0;
	for (size_t i = 0; i < __mman_count; i++) {
		uintptr_t s = __mman_regions[i].start > start ? __mman_regions[i].start : start;
		uintptr_t e = __mman_regions[i].end < end ? __mman_regions[i].end : end;
		if (s < e)
			got += e - s;
	}
	return got == end - start;
}

int __mman_range(void *addr, size_t len, uintptr_t *end)
{
	uintptr_t a = (uintptr_t)addr;
	if (a % __SYS_PAGE_SIZE) {
		errno = EINVAL;
		return -1;
	}
	if (len > UINTPTR_MAX - a - (__SYS_PAGE_SIZE - 1)) {
		errno = ENOMEM;
		return -1;
	}
	*end = a + ((len + __SYS_PAGE_SIZE - 1) & ~(uintptr_t)(__SYS_PAGE_SIZE - 1));
	return 0;
}

int __mman_mapped(void *addr, size_t len, uintptr_t *end)
{
	if (__mman_range(addr, len, end) < 0)
		return -1;
	if (!__mman_covered((uintptr_t)addr, *end)) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}
