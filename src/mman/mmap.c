#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../internal/mman_impl.h"
#include "../internal/sys.h"

/* No page tables are under the program's control, so a mapping is pages
 * from the page layer: anonymous ones zeroed, a file's filled with a copy
 * of it (docs/posix.md says what that means for MAP_SHARED). */

static void release_all(void)
{
	/* Every allocation once: the regions of one allocation are next to
	 * each other in no particular order, so free by base as first seen. */
	for (size_t i = 0; i < __mman_count; i++) {
		uintptr_t base = __mman_regions[i].base;
		if (!base)
			continue;
		__sys_pages_free((void *)base, __mman_regions[i].pages);
		for (size_t j = i; j < __mman_count; j++)
			if (__mman_regions[j].base == base)
				__mman_regions[j].base = 0;
	}
	__mman_count = 0;
}

/* Copies the file's bytes from off into [p, p + len), zeros past its end;
 * the descriptor's offset is left as it was.  0, or -1 with errno. */
static int fill(int fd, off_t off, unsigned char *p, size_t len)
{
	off_t here = lseek(fd, 0, SEEK_CUR);
	if (here < 0 || lseek(fd, off, SEEK_SET) < 0)
		return -1;
	size_t got = 0;
	while (got < len) {
		ssize_t n = read(fd, p + got, len - got);
		if (n < 0) {
			int e = errno;
			lseek(fd, here, SEEK_SET);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	memset(p + got, 0, len - got);
	return lseek(fd, here, SEEK_SET) < 0 ? -1 : 0;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int type = flags & (MAP_SHARED | MAP_PRIVATE);
	int anon = flags & MAP_ANONYMOUS;
	if (!len || (type != MAP_SHARED && type != MAP_PRIVATE) || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) ||
	    (!anon && (off < 0 || off % __SYS_PAGE_SIZE))) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (len > SIZE_MAX - (__SYS_PAGE_SIZE - 1)) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	size_t pages = (len + __SYS_PAGE_SIZE - 1) / __SYS_PAGE_SIZE;
	if (!anon) {
		struct stat st;
		if (fstat(fd, &st) < 0)
			return MAP_FAILED;              /* EBADF, EIO */
		if (!S_ISREG(st.st_mode)) {
			errno = ENODEV;                 /* no pages behind it */
			return MAP_FAILED;
		}
		int acc = fcntl(fd, F_GETFL) & O_ACCMODE;
		if (acc == O_WRONLY || (type == MAP_SHARED && (prot & PROT_WRITE) && acc != O_RDWR)) {
			errno = EACCES;
			return MAP_FAILED;
		}
		if (type == MAP_SHARED && (prot & PROT_WRITE)) {
			/* Writes through the mapping would have to reach the file. */
			errno = ENOTSUP;
			return MAP_FAILED;
		}
	}
	if (flags & MAP_FIXED) {
		/* Only over pages mmap already gave: their contents are made
		 * anew (a mapping cannot be placed anywhere else). */
		uintptr_t a = (uintptr_t)addr, end;
		if (__mman_range(addr, len, &end) < 0)
			return MAP_FAILED;
		if (!a || !__mman_covered(a, end)) {
			errno = ENOTSUP;
			return MAP_FAILED;
		}
		if (anon)
			memset(addr, 0, end - a);
		else if (fill(fd, off, addr, end - a) < 0)
			return MAP_FAILED;
		return addr;
	}
	if (__mman_reserve(1) < 0)
		return MAP_FAILED;
	unsigned char *p = __sys_pages_alloc(pages);
	if (!p)
		return MAP_FAILED;                      /* ENOMEM */
	if (anon) {
		memset(p, 0, pages * __SYS_PAGE_SIZE);
	} else if (fill(fd, off, p, pages * __SYS_PAGE_SIZE) < 0) {
		int e = errno;
		__sys_pages_free(p, pages);
		errno = e;
		return MAP_FAILED;
	}
	__mman_regions[__mman_count++] = (struct __mregion){
		(uintptr_t)p, (uintptr_t)p + pages * __SYS_PAGE_SIZE, (uintptr_t)p, pages, anon != 0,
	};
	__mman_release_hook = release_all;
	return p;
}
