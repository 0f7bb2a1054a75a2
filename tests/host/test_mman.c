/* <sys/mman.h> over the host's page layer (sys_host.c counts the pages
 * out): anonymous mappings zeroed, random map/unmap sequences with cuts
 * anywhere checked against a model of which pages are mapped (mprotect's
 * and msync's ENOMEM say exactly that), every page given back once nothing
 * uses its allocation; file mappings against the file's bytes; every
 * error. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul.h"
#include "ul_file.h"

void *ul_mmap(void *addr, size_t len, int prot, int flags, int fd, long long off);
int ul_munmap(void *addr, size_t len);
int ul_mprotect(void *addr, size_t len, int prot);
int ul_msync(void *addr, size_t len, int flags);
int ul_madvise(void *addr, size_t len, int advice);
int ul_posix_madvise(void *addr, size_t len, int advice);
int ul_pipe(int fds[2]);
extern void (*ul___mman_release_hook)(void);

static uint64_t rng = 0x6d6d61700ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

#define PG 4096

/* The model: every page mapped, by address, with the byte it was filled
 * with (a munmap takes whatever pages are in its range, of any mapping). */
static struct { uintptr_t a; unsigned char tag; } live[1024];
static int nlive;

static int is_live(uintptr_t a)
{
	for (int i = 0; i < nlive; i++)
		if (live[i].a == a)
			return 1;
	return 0;
}

static void random_sequences(void)
{
	long before = host_pages_outstanding;
	for (int round = 0; round < 60; round++) {
		struct { unsigned char *p; int pages; } m[12];
		int nm = 0;
		nlive = 0;
		for (int op = 0; op < 60; op++) {
			int what = (int)rn(3);
			if (what == 0 && nm < 12) {
				int pages = 1 + (int)rn(64);
				size_t len = (size_t)pages * PG - rn(PG);   /* rounded up */
				unsigned char *p = ul_mmap(NULL, len, PROT_READ | PROT_WRITE,
				                           rn(2) ? MAP_PRIVATE | MAP_ANONYMOUS : MAP_SHARED | MAP_ANON, -1, 0);
				CHECK(p != MAP_FAILED && (uintptr_t)p % PG == 0, "mmap of %zu bytes", len);
				if (p == MAP_FAILED)
					continue;
				int zero = 1;
				for (int i = 0; i < pages * PG; i++)
					zero &= p[i] == 0;
				CHECK(zero, "anonymous pages are zero");
				unsigned char tag = (unsigned char)(1 + rn(250));
				memset(p, tag, (size_t)pages * PG);
				for (int i = 0; i < pages; i++) {
					CHECK(!is_live((uintptr_t)p + (size_t)i * PG), "a new mapping overlaps a live one");
					live[nlive].a = (uintptr_t)p + (size_t)i * PG;
					live[nlive++].tag = tag;
				}
				m[nm].p = p;
				m[nm].pages = pages;
				nm++;
			} else if (what == 1 && nm) {
				/* Unmap a random run of pages of a mapping made (its
				 * pages may be gone, or another mapping's by now). */
				int k = (int)rn((unsigned)nm);
				int from = (int)rn((unsigned)m[k].pages), n = 1 + (int)rn((unsigned)(m[k].pages - from));
				uintptr_t a = (uintptr_t)m[k].p + (size_t)from * PG, e = a + (size_t)n * PG;
				CHECK(ul_munmap((void *)a, (size_t)n * PG - rn(PG)) == 0, "munmap");
				for (int i = 0; i < nlive; i++)
					if (live[i].a >= a && live[i].a < e)
						live[i--] = live[--nlive];
			} else if (nm) {
				/* Ask about a random run: covered exactly when every
				 * page in it is live. */
				int k = (int)rn((unsigned)nm);
				int from = (int)rn((unsigned)m[k].pages), n = 1 + (int)rn((unsigned)(m[k].pages - from));
				uintptr_t a = (uintptr_t)m[k].p + (size_t)from * PG;
				int all = 1;
				for (int i = 0; i < n; i++)
					all &= is_live(a + (size_t)i * PG);
				ul_errno = 0;
				int r = rn(2) ? ul_mprotect((void *)a, (size_t)n * PG, PROT_READ)
				              : ul_msync((void *)a, (size_t)n * PG, MS_SYNC);
				CHECK(all ? r == 0 : r == -1 && ul_errno == ENOMEM, "mprotect/msync of pages %d+%d: %d (live %d)", from, n, r, all);
			}
			/* The live pages kept their bytes. */
			int kept = 1;
			for (int i = 0; i < nlive; i++)
				kept &= *(unsigned char *)live[i].a == live[i].tag && ((unsigned char *)live[i].a)[PG - 1] == live[i].tag;
			CHECK(kept, "mapped pages keep their contents");
		}
		/* Unmap what is left: every page goes back. */
		for (int i = 0; i < nm; i++)
			CHECK(ul_munmap(m[i].p, (size_t)m[i].pages * PG) == 0, "munmap of the rest");
		CHECK(host_pages_outstanding - before <= 1, "round %d: %ld pages still out (the region table's page may stay)",
		      round, host_pages_outstanding - before);
	}
}

static void files(void)
{
	char path[300];
	snprintf(path, sizeof path, "/mm.bin");
	int fd = ul_open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0, "open %s", path);
	static unsigned char data[3 * PG + 100];
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 7 + i / 251);
	CHECK(ul_write(fd, data, sizeof data) == (long long)sizeof data, "write");
	ul_lseek(fd, 5, SEEK_SET);
	unsigned char *p = ul_mmap(NULL, sizeof data, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(p != MAP_FAILED && memcmp(p, data, sizeof data) == 0, "a file's copy");
	int zero = 1;
	for (size_t i = sizeof data; i < 4 * PG; i++)
		zero &= p[i] == 0;
	CHECK(zero, "past the end of the file: zeros");
	CHECK(ul_lseek(fd, 0, SEEK_CUR) == 5, "the descriptor's offset is kept");
	p[0] ^= 0xFF;                           /* MAP_PRIVATE: a private copy */
	unsigned char *q = ul_mmap(NULL, PG + 10, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 2 * PG);
	CHECK(q != MAP_FAILED && memcmp(q, data + 2 * PG, PG + 100) == 0, "at an offset");
	unsigned char *s = ul_mmap(NULL, PG, PROT_READ, MAP_SHARED, fd, PG);
	CHECK(s != MAP_FAILED && memcmp(s, data + PG, PG) == 0, "MAP_SHARED read-only: a copy");
	CHECK(ul_madvise(p, PG, MADV_DONTNEED) == 0 && p[1] == data[1], "MADV_DONTNEED keeps a file's copy");
	unsigned char *f = ul_mmap(p, PG, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
	CHECK(f == p && p[0] == data[0], "MAP_FIXED over a mapping: read again");
	CHECK(ul_munmap(p, 4 * PG) == 0 && ul_munmap(q, 2 * PG) == 0 && ul_munmap(s, PG) == 0, "munmap");
	/* Errors. */
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED && ul_errno == ENOTSUP,
	      "MAP_SHARED writable file: ENOTSUP");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 100) == MAP_FAILED && ul_errno == EINVAL, "unaligned offset");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, -PG) == MAP_FAILED && ul_errno == EINVAL, "negative offset");
	ul_close(fd);
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && ul_errno == EBADF, "closed descriptor");
	fd = ul_open(path, O_WRONLY);
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && ul_errno == EACCES, "write-only: EACCES");
	ul_close(fd);
	fd = ul_open(path, O_RDONLY);
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED && ul_errno == EACCES,
	      "MAP_SHARED writable on a read-only descriptor: EACCES");
	ul_close(fd);
	fd = ul_open("/", O_RDONLY);
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && ul_errno == ENODEV, "a directory: ENODEV");
	ul_close(fd);
	int pp[2];
	CHECK(ul_pipe(pp) == 0, "pipe");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE, pp[0], 0) == MAP_FAILED && ul_errno == ENODEV, "a pipe: ENODEV");
	ul_close(pp[0]);
	ul_close(pp[1]);
}

static void errors(void)
{
	ul_errno = 0;
	CHECK(ul_mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == EINVAL, "len 0");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == EINVAL, "neither shared nor private");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == EINVAL, "both");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, 8, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == EINVAL, "bad prot");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, (size_t)-1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == ENOMEM, "SIZE_MAX");
	ul_errno = 0;
	CHECK(ul_mmap(NULL, (size_t)1 << 45, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == ENOMEM, "32 TiB");
	static char elsewhere[2 * PG];
	void *al = (void *)(((uintptr_t)elsewhere + PG - 1) & ~(uintptr_t)(PG - 1));
	ul_errno = 0;
	CHECK(ul_mmap(al, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED && ul_errno == ENOTSUP,
	      "MAP_FIXED outside the mappings: ENOTSUP");
	unsigned char *p = ul_mmap((void *)0x1000, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED, "a hint is only a hint");
	memset(p, 0xAB, 3 * PG);
	CHECK(ul_mmap(p + PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == p + PG && p[PG] == 0 &&
	      p[2 * PG - 1] == 0 && p[0] == 0xAB && p[2 * PG] == 0xAB, "MAP_FIXED over a mapping: zeroed anew");
	CHECK(ul_madvise(p, 3 * PG, MADV_DONTNEED) == 0 && p[0] == 0 && p[3 * PG - 1] == 0, "MADV_DONTNEED zeroes anonymous pages");
	memset(p, 0xAB, 3 * PG);
	CHECK(ul_posix_madvise(p, 3 * PG, POSIX_MADV_DONTNEED) == 0 && p[0] == 0xAB, "POSIX_MADV_DONTNEED keeps the data");
	CHECK(ul_posix_madvise(p, PG, 99) == EINVAL && ul_posix_madvise(p + 1, PG, 0) == EINVAL &&
	      ul_posix_madvise(al, PG, 0) == ENOMEM, "posix_madvise errors (returned)");
	ul_errno = 0;
	CHECK(ul_madvise(p, PG, 77) == -1 && ul_errno == EINVAL, "madvise bad advice");
	ul_errno = 0;
	CHECK(ul_madvise(p + 1, PG, 0) == -1 && ul_errno == EINVAL, "madvise unaligned");
	ul_errno = 0;
	CHECK(ul_mprotect(p + 1, PG, PROT_READ) == -1 && ul_errno == EINVAL, "mprotect unaligned");
	ul_errno = 0;
	CHECK(ul_mprotect(p, PG, 16) == -1 && ul_errno == EINVAL, "mprotect bad prot");
	ul_errno = 0;
	CHECK(ul_msync(p, PG, MS_SYNC | MS_ASYNC) == -1 && ul_errno == EINVAL, "msync both");
	ul_errno = 0;
	CHECK(ul_msync(al, PG, MS_SYNC) == -1 && ul_errno == ENOMEM, "msync of unmapped memory");
	CHECK(ul_msync(p, 3 * PG, MS_ASYNC | MS_INVALIDATE) == 0, "msync");
	ul_errno = 0;
	CHECK(ul_munmap(p + 1, PG) == -1 && ul_errno == EINVAL, "munmap unaligned");
	ul_errno = 0;
	CHECK(ul_munmap(p, 0) == -1 && ul_errno == EINVAL, "munmap 0");
	CHECK(ul_munmap(al, PG) == 0, "munmap of unmapped pages: no error");
	/* Exit gives back what is still mapped. */
	long before = host_pages_outstanding;
	CHECK(ul___mman_release_hook != NULL, "the exit hook is set");
	ul___mman_release_hook();
	CHECK(host_pages_outstanding == before - 3, "exit gave the 3 pages back: %ld", before - host_pages_outstanding);
	ul_errno = 0;
	CHECK(ul_mprotect(p, PG, PROT_READ) == -1 && ul_errno == ENOMEM, "nothing mapped after it");
	/* After the platform is gone: ENOMEM, no page call. */
	host_available = 0;
	ul_errno = 0;
	CHECK(ul_mmap(NULL, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && ul_errno == ENOMEM, "after exit: ENOMEM");
	host_available = 1;
}

int main(void)
{
	host_fs_setup();
	random_sequences();
	files();
	errors();
	host_fs_cleanup();
	return check_report("mman");
}
