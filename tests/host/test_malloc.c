/* The first allocator on the host, over mmap'd pages: edges, alignment,
 * the ExitBootServices behaviour, hardening aborts, page accounting, and a
 * randomized run against a reference model. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

/* Runs fn; returns 1 when it ended in the library's abort, with its message
 * on stderr containing want. */
static int aborts_with(void (*fn)(void *), void *arg, const char *want)
{
	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0) {
		fn(arg);
		host_exit_armed = 0;
		return 0;
	}
	host_console[2][host_console_len[2] < sizeof host_console[2] ? host_console_len[2] : 0] = 0;
	return host_exit_abnormal == 1 && strstr(host_console[2], want) != NULL;
}

static void do_free(void *p) { ul_free(p); }

static void edges(void)
{
	void *p = ul_malloc(0);
	CHECK(p != NULL, "malloc(0) returns a unique pointer");
	void *q = ul_malloc(0);
	CHECK(q != NULL && q != p, "two malloc(0) differ");
	ul_free(p);
	ul_free(q);
	ul_free(NULL);

	errno = 0;
	ul_errno = 0;
	CHECK(ul_malloc(SIZE_MAX) == NULL && ul_errno == ENOMEM, "malloc(SIZE_MAX) fails with ENOMEM");
	ul_errno = 0;
	CHECK(ul_malloc(SIZE_MAX / 2) == NULL && ul_errno == ENOMEM, "malloc(SIZE_MAX/2) fails with ENOMEM");
	ul_errno = 0;
	CHECK(ul_calloc(SIZE_MAX / 2, 3) == NULL && ul_errno == ENOMEM, "calloc overflow fails with ENOMEM");
	ul_errno = 0;
	CHECK(ul_calloc((size_t)1 << 33, (size_t)1 << 33) == NULL && ul_errno == ENOMEM, "calloc 2^66 fails");

	for (size_t n = 0; n <= 70000; n = n < 64 ? n + 1 : n * 3 / 2) {
		unsigned char *a = ul_malloc(n);
		CHECK(a && (uintptr_t)a % 16 == 0, "malloc(%zu) aligned to 16", n);
		CHECK(ul___malloc_capacity(a) >= n, "capacity of malloc(%zu) >= n", n);
		memset(a, 0xAB, n);
		ul_free(a);
		unsigned char *z = ul_calloc(n, 1);
		int zero = 1;
		for (size_t i = 0; i < n; i++)
			zero &= z[i] == 0;
		CHECK(zero, "calloc(%zu) zeroed even when reusing dirty memory", n);
		ul_free(z);
	}

	/* realloc: grow, shrink, to 0, from NULL; contents kept. */
	char *r = ul_realloc(NULL, 10);
	CHECK(r != NULL, "realloc(NULL, n) allocates");
	memcpy(r, "0123456789", 10);
	r = ul_realloc(r, 5000);
	CHECK(r && memcmp(r, "0123456789", 10) == 0, "realloc grow keeps contents");
	memset(r + 10, 'x', 4990);
	r = ul_realloc(r, 100000);
	CHECK(r && memcmp(r, "0123456789", 10) == 0 && r[4999] == 'x', "realloc to large keeps contents");
	r = ul_realloc(r, 7);
	CHECK(r && memcmp(r, "0123456", 7) == 0, "realloc shrink keeps prefix");
	CHECK(ul_realloc(r, 0) == NULL, "realloc(p, 0) frees and returns NULL");
	ul_errno = 0;
	void *big = ul_malloc(100);
	CHECK(ul_realloc(big, SIZE_MAX) == NULL && ul_errno == ENOMEM, "realloc to SIZE_MAX fails");
	ul_free(big);   /* still valid after the failed realloc */
}

static void guard(void)
{
	char *keep = ul_malloc(64);
	memset(keep, 7, 64);
	host_available = 0;
	ul_errno = 0;
	CHECK(ul_malloc(1) == NULL && ul_errno == ENOMEM, "after exit: malloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_calloc(1, 1) == NULL && ul_errno == ENOMEM, "after exit: calloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_realloc(keep, 1000) == NULL && ul_errno == ENOMEM, "after exit: realloc NULL, ENOMEM");
	ul_free(keep);
	ul_free(keep);
	ul_free((void *)0x1234);   /* not even checked: nothing may be touched */
	CHECK(keep[0] == 7 && keep[63] == 7, "after exit: free is a no-op");
	host_available = 1;
	ul_free(keep);
}

static void hardening(void)
{
	char *p = ul_malloc(40);
	ul_free(p);
	char want[64];
	snprintf(want, sizeof want, "double free of %p", (void *)p);
	CHECK(aborts_with(do_free, p, want), "double free aborts naming the address");

	static char not_heap[8192] __attribute__((aligned(4096)));
	snprintf(want, sizeof want, "invalid pointer %p", (void *)(not_heap + 64));
	CHECK(aborts_with(do_free, not_heap + 64, want), "free of a foreign pointer aborts");

	char *q = ul_malloc(48);
	snprintf(want, sizeof want, "invalid pointer %p", (void *)(q + 16));
	CHECK(aborts_with(do_free, q + 16, want), "free of an interior pointer aborts");
	char *q2 = ul_malloc(48);
	snprintf(want, sizeof want, "invalid pointer %p", (void *)(q2 + 3));
	CHECK(aborts_with(do_free, q2 + 3, want), "free of a misaligned pointer aborts");

	char *big = ul_malloc(100000);
	ul_free(big);
	CHECK(aborts_with(do_free, big, "invalid pointer"), "double free of a large block aborts");
}

/* Reference model: each live block, its size and a fill byte. */
struct live { unsigned char *p; size_t n; unsigned char fill; };

static int intact(const struct live *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->p[i] != l->fill)
			return 0;
	return 1;
}

static void stress(unsigned seed, int ops)
{
	enum { SLOTS = 2000 };
	static struct live live[SLOTS];
	memset(live, 0, sizeof live);
	srand(seed);
	size_t bytes_live = 0, peak = 0;
	long pages_at_peak = 0;
	int bad = 0;
	for (int i = 0; i < ops && !bad; i++) {
		struct live *l = &live[rand() % SLOTS];
		int r = rand() % 100;
		size_t n = r < 70 ? (size_t)(rand() % 300) : r < 95 ? (size_t)(rand() % 5000) : (size_t)(rand() % 300000);
		if (l->p && !intact(l))
		{
			bad = 1;
			CHECK(0, "block %p of %zu bytes corrupted", (void *)l->p, l->n);
		}
		if (!l->p) {
			l->p = rand() % 4 ? ul_malloc(n) : ul_calloc(1, n);
			l->n = n;
			l->fill = (unsigned char)rand();
			if (!l->p) { bad = 1; CHECK(0, "malloc(%zu) failed", n); break; }
			if ((uintptr_t)l->p % 16) { bad = 1; CHECK(0, "misaligned %p", (void *)l->p); }
			memset(l->p, l->fill, n);
			bytes_live += n;
		} else if (r < 50) {
			unsigned char *q = ul_realloc(l->p, n);
			size_t keep = n < l->n ? n : l->n;
			if (n && !q) { bad = 1; CHECK(0, "realloc to %zu failed", n); break; }
			for (size_t k = 0; k < keep; k++)
				if (q[k] != l->fill) { bad = 1; CHECK(0, "realloc lost byte %zu", k); break; }
			bytes_live -= l->n;
			l->p = q;
			l->n = q ? n : 0;
			if (q) { memset(q, l->fill, n); bytes_live += n; }
		} else {
			ul_free(l->p);
			bytes_live -= l->n;
			l->p = NULL;
			l->n = 0;
		}
		if (bytes_live > peak) { peak = bytes_live; pages_at_peak = host_pages_outstanding; }
	}
	/* No two live blocks overlap. */
	for (int a = 0; a < SLOTS; a++)
		if (live[a].p && !intact(&live[a]))
			bad = 1;
	CHECK(!bad, "stress seed %u: %d operations, contents and alignment kept", seed, ops);
	printf("malloc: stress seed %u: peak %zu bytes live in %ld pages\n", seed, peak, pages_at_peak);
	for (int a = 0; a < SLOTS; a++)
		ul_free(live[a].p);
}

int main(int argc, char **argv)
{
	int ops = argc > 1 ? atoi(argv[1]) : 300000;
	edges();
	guard();
	hardening();
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "release_all gives back every page (%ld left)", host_pages_outstanding);

	for (unsigned seed = 1; seed <= 4; seed++)
		stress(seed, ops);
	long held = host_pages_outstanding;
	CHECK(held <= 40, "after freeing everything only a few empty slabs are kept (%ld pages)", held);
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "release_all after stress: %ld pages left", host_pages_outstanding);

	/* Running out of pages: NULL and ENOMEM, and the heap still works. */
	host_pages_fail_after = 0;
	ul_errno = 0;
	CHECK(ul_malloc(100) == NULL && ul_errno == ENOMEM, "no pages: malloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_malloc(100000) == NULL && ul_errno == ENOMEM, "no pages: large malloc NULL, ENOMEM");
	host_pages_fail_after = -1;
	void *p = ul_malloc(100);
	CHECK(p != NULL, "pages back: malloc works again");
	ul_free(p);
	ul___malloc_release_all();
	return check_report("malloc");
}
