/* <sys/mman.h> in the firmware: anonymous mappings from AllocatePages
 * (zeroed, writable, cut by munmap, every page back to the firmware, as
 * the memory map's free pages show), a file's private copy from the FAT
 * disk, and the errors (docs/posix.md). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "harness.h"

#define PG 4096

static int all(const unsigned char *p, size_t n, unsigned char c)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != c)
			return 0;
	return 1;
}

static void info(const char *what, long a, long b, long c)
{
	th_puts("info mman: ");
	th_puts(what);
	th_puts(":");
	long v[3] = { a, b, c };
	for (int i = 0; i < 3; i++) {
		th_puts(" ");
		th_putu((uint64_t)v[i], 10);
	}
	th_puts("\n");
}

int main(void)
{
	th_begin("mman");
	/* The firmware's free pages, before and after (sysconf reads the
	 * memory map). */
	long free0 = sysconf(_SC_AVPHYS_PAGES);
	unsigned char *p = mmap(NULL, 64 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED && (uintptr_t)p % PG == 0, "mmap anonymous 256 KiB");
	CHECK(all(p, 64 * PG, 0), "zeroed");
	memset(p, 0x5A, 64 * PG);
	CHECK(all(p, 64 * PG, 0x5A), "writable");
	long free1 = sysconf(_SC_AVPHYS_PAGES);
	CHECK(free0 - free1 >= 64, "the firmware's free pages went down by 64 or more");
	CHECK(munmap(p + 10 * PG, PG) == 0, "munmap of a middle page");
	CHECK(mprotect(p + 9 * PG, 2 * PG, PROT_READ) == -1 && errno == ENOMEM, "mprotect of the hole: ENOMEM");
	CHECK(all(p, 10 * PG, 0x5A) && all(p + 11 * PG, 53 * PG, 0x5A), "the rest keeps its bytes");
	CHECK(msync(p, PG, MS_SYNC) == 0 && madvise(p + PG, PG, MADV_DONTNEED) == 0 &&
	      all(p + PG, PG, 0) && posix_madvise(p, PG, POSIX_MADV_SEQUENTIAL) == 0, "msync, madvise, posix_madvise");
	CHECK(munmap(p, 10 * PG) == 0 && munmap(p + 11 * PG, 53 * PG) == 0, "munmap of the rest");
	long free2 = sysconf(_SC_AVPHYS_PAGES);
	/* The firmware's own pool moves a few pages too (the memory map is
	 * read into pool memory): 4 pages of slack. */
	CHECK(free2 - free1 >= 60 && free2 >= free0 - 4, "every page went back to the firmware");
	info("free pages before, mapped, unmapped", free0, free1, free2);
	/* Many mappings and unmappings: nothing leaks. */
	for (int i = 0; i < 300; i++) {
		void *q = mmap(NULL, (size_t)(1 + i % 7) * PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (q == MAP_FAILED || munmap(q, (size_t)(1 + i % 7) * PG) != 0) {
			CHECK(0, "300 map/unmap pairs");
			break;
		}
	}
	long free3 = sysconf(_SC_AVPHYS_PAGES);
	CHECK(free3 >= free0 - 4, "300 map/unmap pairs left no page behind");
	info("free pages after 300 pairs", free3, 0, 0);
	/* A big one: 64 MiB. */
	unsigned char *big = mmap(NULL, 64u << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(big != MAP_FAILED && big[0] == 0 && big[(64u << 20) - 1] == 0, "64 MiB");
	if (big != MAP_FAILED)
		munmap(big, 64u << 20);
	/* A file's copy: mm.bin holds byte i = i * 7 + i / 251, 3 pages + 100. */
	int fd = open("/mm.bin", O_RDONLY);
	CHECK(fd >= 0, "open /mm.bin");
	unsigned char *f = mmap(NULL, 3 * PG + 100, PROT_READ, MAP_PRIVATE, fd, 0);
	int same = f != MAP_FAILED;
	for (size_t i = 0; same && i < 3 * PG + 100; i++)
		same = f[i] == (unsigned char)(i * 7 + i / 251);
	CHECK(same, "a file mapped privately: its bytes");
	CHECK(f != MAP_FAILED && all(f + 3 * PG + 100, PG - 100, 0), "zeros past its end");
	unsigned char *g = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 2 * PG);
	CHECK(g != MAP_FAILED && g[5] == (unsigned char)((2 * PG + 5) * 7 + (2 * PG + 5) / 251), "at an offset");
	CHECK(mmap(NULL, PG, PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED && errno == EACCES, "MAP_SHARED writable on a read-only descriptor: EACCES");
	CHECK(mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 7) == MAP_FAILED && errno == EINVAL, "unaligned offset: EINVAL");
	CHECK(mmap(NULL, PG, PROT_READ, MAP_PRIVATE, 0, 0) == MAP_FAILED && errno == ENODEV, "the console: ENODEV");
	CHECK(mmap(NULL, PG, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED && errno == EBADF, "a bad descriptor: EBADF");
	CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL, "len 0: EINVAL");
	close(fd);
	CHECK(g != MAP_FAILED && g[5] == (unsigned char)((2 * PG + 5) * 7 + (2 * PG + 5) / 251), "the copy outlives the descriptor");
	int rw = open("/mm.bin", O_RDWR);
	CHECK(mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, rw, 0) == MAP_FAILED && errno == ENOTSUP,
	      "MAP_SHARED writable on a read-write file: ENOTSUP");
	close(rw);
	/* f and g are left mapped: exit gives them back. */
	th_end();
	return 0;
}
