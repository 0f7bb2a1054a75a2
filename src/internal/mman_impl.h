/* The mappings mmap made (src/mman/).  Each region is a run of pages of
 * one allocation from the page layer (sys.h); munmap of part of a region
 * splits it, and an allocation goes back to the platform when no region
 * uses any of its pages (the platform frees whole allocations only). */
#ifndef __INTERNAL_MMAN_IMPL_H
#define __INTERNAL_MMAN_IMPL_H

#include <stddef.h>
#include <stdint.h>

struct __mregion {
	uintptr_t start, end;           /* page-aligned, end exclusive */
	uintptr_t base;                 /* the allocation's first page */
	size_t pages;                   /* and its size */
	int anon;                       /* anonymous (else a file's copy) */
};

extern struct __mregion *__mman_regions;
extern size_t __mman_count;

/* Makes room for n more regions: 0, or -1 with errno ENOMEM. */
int __mman_reserve(size_t n);

/* Whether [start, end) lies wholly inside mappings. */
int __mman_covered(uintptr_t start, uintptr_t end);

/* The checks the calls after mmap share: addr page-aligned (else EINVAL),
 * len rounded up to pages without overflow (else ENOMEM); 0 with *end
 * set, or -1 with errno set. */
int __mman_range(void *addr, size_t len, uintptr_t *end);

/* __mman_range, then whether every page of the range is mapped (ENOMEM
 * otherwise): the check mprotect, msync, madvise share. */
int __mman_mapped(void *addr, size_t len, uintptr_t *end);

/* Exit gives every allocation back (set by mmap when first used). */
extern void (*__mman_release_hook)(void);

#endif
