/* The allocator on the host, over mmap'd pages: every size and alignment
 * edge, the hardening aborts, life after the platform is gone (with and
 * without a reserve), memory-type generations, page accounting, and a
 * randomized run against a reference model. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

/* Runs fn(arg); 1 when it ended in the library's abort with `want` in the
 * message on stderr. */
static int aborts_with(void (*fn)(void *), void *arg, const char *want)
{
	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0) {
		fn(arg);
		host_exit_armed = 0;
		return 0;
	}
	size_t n = host_console_len[2] < sizeof host_console[2] ? host_console_len[2] : 0;
	host_console[2][n] = 0;
	int ok = host_exit_abnormal == 1 && strstr(host_console[2], want) != NULL;
	if (!ok)
		fprintf(stderr, "abort message was: %s", host_console[2]);
	return ok;
}

static void do_free(void *p) { ul_free(p); }
static void do_realloc(void *p) { ul_realloc(p, 100000); }
static void do_usable(void *p) { ul_malloc_usable_size(p); }

static void sizes(void)
{
	void *p = ul_malloc(0), *q = ul_malloc(0);
	CHECK(p && q && p != q, "malloc(0) returns distinct pointers");
	ul_free(p);
	ul_free(q);
	ul_free(NULL);

	size_t huge[] = { SIZE_MAX, SIZE_MAX - 7, SIZE_MAX / 2, (size_t)PTRDIFF_MAX, (size_t)1 << 50 };
	for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
		ul_errno = 0;
		CHECK(ul_malloc(huge[i]) == NULL && ul_errno == ENOMEM, "malloc(%zu) fails with ENOMEM", huge[i]);
	}
	ul_errno = 0;
	CHECK(ul_calloc(SIZE_MAX / 2, 3) == NULL && ul_errno == ENOMEM, "calloc overflow: ENOMEM");
	ul_errno = 0;
	CHECK(ul_calloc((size_t)1 << 33, (size_t)1 << 33) == NULL && ul_errno == ENOMEM, "calloc 2^66: ENOMEM");
	ul_errno = 0;
	char *r = ul_malloc(10);
	CHECK(ul_reallocarray(r, SIZE_MAX / 2, 3) == NULL && ul_errno == ENOMEM, "reallocarray overflow: ENOMEM");
	r = ul_reallocarray(r, 100, 4);
	CHECK(r && ul_malloc_usable_size(r) >= 400, "reallocarray grows");
	ul_free(r);
	CHECK(ul_malloc_usable_size(NULL) == 0, "malloc_usable_size(NULL) is 0");

	for (size_t n = 0; n <= 300000; n = n < 80 ? n + 1 : n + n / 5) {
		unsigned char *a = ul_malloc(n);
		size_t u = a ? ul_malloc_usable_size(a) : 0;
		CHECK(a && (uintptr_t)a % 16 == 0, "malloc(%zu) aligned to 16", n);
		CHECK(u >= n && u <= n + n / 4 + 40, "usable size of malloc(%zu) is %zu", n, u);
		memset(a, 0xAB, u);    /* all of the usable size is the caller's */
		ul_free(a);
		unsigned char *z = ul_calloc(n, 1);
		int zero = 1;
		for (size_t i = 0; i < n; i++)
			zero &= z[i] == 0;
		CHECK(zero, "calloc(%zu) zeroed even when reusing dirty memory", n);
		ul_free(z);
	}

	r = ul_realloc(NULL, 10);
	CHECK(r != NULL, "realloc(NULL, n) allocates");
	memcpy(r, "0123456789", 10);
	r = ul_realloc(r, 5000);
	CHECK(r && memcmp(r, "0123456789", 10) == 0, "realloc grow keeps contents");
	memset(r + 10, 'x', 4990);
	r = ul_realloc(r, 100000);
	CHECK(r && memcmp(r, "0123456789", 10) == 0 && r[4999] == 'x', "realloc to large keeps contents");
	r = ul_realloc(r, 7);
	CHECK(r && memcmp(r, "0123456", 7) == 0 && ul_malloc_usable_size(r) < 64, "realloc shrink moves to a small block");
	CHECK(ul_realloc(r, 0) == NULL, "realloc(p, 0) frees and returns NULL");
	void *big = ul_malloc(100);
	ul_errno = 0;
	CHECK(ul_realloc(big, SIZE_MAX) == NULL && ul_errno == ENOMEM, "realloc to SIZE_MAX fails with ENOMEM");
	ul_free(big);   /* still valid after the failed realloc */
}

static void alignments(void)
{
	for (size_t a = 1; a <= 65536; a *= 2) {
		size_t ns[] = { 0, 1, a - 1 + (a == 1), a, a + 1, 3 * a, 40000, 70000 };
		for (size_t k = 0; k < sizeof ns / sizeof *ns; k++) {
			size_t n = ns[k];
			unsigned char *p = ul_aligned_alloc(a, n);
			CHECK(p && (uintptr_t)p % a == 0 && (uintptr_t)p % 16 == 0,
			      "aligned_alloc(%zu, %zu) = %p", a, n, (void *)p);
			if (p) {
				CHECK(ul_malloc_usable_size(p) >= n, "aligned_alloc(%zu, %zu) usable", a, n);
				memset(p, 1, n);
				ul_free(p);
			}
			void *q = (void *)1;
			int e = ul_posix_memalign(&q, a, n);
			if (a < sizeof(void *)) {
				CHECK(e == EINVAL && q == (void *)1, "posix_memalign(%zu) EINVAL, result untouched", a);
			} else {
				CHECK(e == 0 && (uintptr_t)q % a == 0, "posix_memalign(%zu, %zu)", a, n);
				ul_free(q);
			}
			unsigned char *m = ul_memalign(a, n);
			CHECK(m && (uintptr_t)m % a == 0, "memalign(%zu, %zu)", a, n);
			ul_free(m);
		}
	}
	size_t bad[] = { 0, 3, 24, 4097, SIZE_MAX };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		ul_errno = 0;
		CHECK(ul_aligned_alloc(bad[i], 16) == NULL && ul_errno == EINVAL, "aligned_alloc(%zu) EINVAL", bad[i]);
		void *q = (void *)1;
		CHECK(ul_posix_memalign(&q, bad[i], 16) == EINVAL && q == (void *)1, "posix_memalign(%zu) EINVAL", bad[i]);
	}
	void *q = (void *)1;
	CHECK(ul_posix_memalign(&q, 64, SIZE_MAX) == ENOMEM && q == (void *)1, "posix_memalign huge: ENOMEM");
	ul_errno = 0;
	CHECK(ul_aligned_alloc((size_t)1 << 40, 1) == NULL && ul_errno == ENOMEM, "alignment 2^40: ENOMEM");
}

static void hardening(void)
{
	char want[96];
	char *p = ul_malloc(40);
	ul_free(p);
	snprintf(want, sizeof want, "double free of %p", (void *)p);
	CHECK(aborts_with(do_free, p, want), "double free (small) aborts naming the address");

	char *big = ul_malloc(100000);
	ul_free(big);
	snprintf(want, sizeof want, "never returned: %p", (void *)big);
	CHECK(aborts_with(do_free, big, want), "double free (large, pages given back) aborts without touching them");

	static char not_heap[8192] __attribute__((aligned(4096)));
	snprintf(want, sizeof want, "never returned: %p", (void *)(not_heap + 64));
	CHECK(aborts_with(do_free, not_heap + 64, want), "free of a foreign pointer aborts");

	char *q = ul_malloc(48);
	snprintf(want, sizeof want, "never returned: %p", (void *)(q + 16));
	CHECK(aborts_with(do_free, q + 16, want), "free of an interior pointer aborts");
	q = ul_malloc(48);
	snprintf(want, sizeof want, "never returned: %p", (void *)(q + 3));
	CHECK(aborts_with(do_free, q + 3, want), "free of a misaligned pointer aborts");
	q = ul_malloc(100000);
	snprintf(want, sizeof want, "never returned: %p", (void *)(q + 4096));
	CHECK(aborts_with(do_free, q + 4096, want), "free inside a large block aborts");

	/* Overflows, small and large, caught at free, realloc and usable_size. */
	size_t ns[] = { 1, 24, 100, 1000, 30000, 100000 };
	for (size_t i = 0; i < sizeof ns / sizeof *ns; i++) {
		char *o = ul_malloc(ns[i]);
		size_t u = ul_malloc_usable_size(o);
		o[u] ^= 1;   /* one byte past the usable size */
		snprintf(want, sizeof want, "overflow past the end of block %p", (void *)o);
		CHECK(aborts_with(do_free, o, want), "1-byte overflow of malloc(%zu) caught by free", ns[i]);
		o = ul_malloc(ns[i]);
		o[ul_malloc_usable_size(o) + 7] ^= 0x55;   /* ^=: the byte must change whatever the canary is */
		CHECK(aborts_with(do_realloc, o, "overflow"), "overflow of malloc(%zu) caught by realloc", ns[i]);
		o = ul_malloc(ns[i]);
		o[ul_malloc_usable_size(o) + 2] ^= 0x80;
		CHECK(aborts_with(do_usable, o, "overflow"), "overflow of malloc(%zu) caught by malloc_usable_size", ns[i]);
	}
}

static void after_exit(void)
{
	/* No reserve: nothing works and nothing is touched. */
	char *keep = ul_malloc(64);
	memset(keep, 7, 64);
	host_set_available(0);
	long calls = host_pages_calls;
	ul_errno = 0;
	CHECK(ul_malloc(1) == NULL && ul_errno == ENOMEM, "gone: malloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_calloc(1, 1) == NULL && ul_errno == ENOMEM, "gone: calloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_realloc(keep, 10) == NULL && ul_errno == ENOMEM, "gone: realloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_aligned_alloc(64, 1) == NULL && ul_errno == ENOMEM, "gone: aligned_alloc NULL, ENOMEM");
	void *q = (void *)1;
	CHECK(ul_posix_memalign(&q, 64, 1) == ENOMEM && q == (void *)1, "gone: posix_memalign ENOMEM");
	ul_errno = 0;
	CHECK(ul___malloc_reserve(4096) == -1 && ul_errno == ENOMEM, "gone: a reserve can no longer be made");
	ul_free(keep);
	ul_free(keep);
	ul_free((void *)0x1234);
	CHECK(keep[0] == 7 && keep[63] == 7, "gone: free is a no-op");
	CHECK(host_pages_calls == calls, "gone: no page call at all");
	host_set_available(1);
	ul_free(keep);
	ul___malloc_release_all();

	/* With a reserve of 1 MiB. */
	CHECK(ul___malloc_reserve(1 << 20) == 0, "reserve 1 MiB");
	char *before = ul_malloc(3000);
	memset(before, 9, 3000);
	host_set_available(0);
	calls = host_pages_calls;
	char *blocks[4096];
	size_t n = 0, got = 0;
	while (n < 4096 && (blocks[n] = ul_malloc(1000)) != NULL) {
		memset(blocks[n], (int)n, 1000);
		got += 1000;
		n++;
	}
	CHECK(got >= 900 * 1000 && got <= (1 << 20), "reserve: about 1 MB usable after exit (%zu bytes)", got);
	CHECK(ul_errno == ENOMEM, "reserve: then ENOMEM");
	int intact = 1;
	for (size_t i = 0; i < n; i++)
		intact &= blocks[i][0] == (char)i && blocks[i][999] == (char)i;
	CHECK(intact, "reserve: blocks keep their contents");
	for (size_t i = 0; i < n; i += 2)
		ul_free(blocks[i]);
	char *again = ul_malloc(900);
	CHECK(again != NULL, "reserve: freed blocks are reused");
	for (size_t i = 1; i < n; i += 2)
		ul_free(blocks[i]);
	ul_free(again);
	char *large = ul_malloc(300000);
	CHECK(large != NULL, "reserve: a large block after freeing everything");
	large = ul_realloc(large, 400000);
	CHECK(large != NULL, "reserve: realloc inside the reserve");
	ul_free(large);
	CHECK(before[0] == 9 && before[2999] == 9, "reserve: earlier block intact");
	ul_free(before);
	CHECK(host_pages_calls == calls, "reserve: no page call after exit");
	host_set_available(1);
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "reserve: all pages back at release (%ld left)", host_pages_outstanding);
}

/* Low addresses, where the page map's first keys are (the cache of the
 * last leaf must not mistake an empty cache for key 1: 16..32 MiB). */
static void low_addresses(void)
{
	ul___malloc_release_all();
	host_pages_hint = (uintptr_t)16 << 20;
	char *p = ul_malloc(100);
	CHECK(p && (uintptr_t)p >= ((uintptr_t)16 << 20) && (uintptr_t)p < ((uintptr_t)32 << 20),
	      "a block placed at 16 MiB (%p)", (void *)p);
	ul_free(p);
	host_pages_hint = 0;
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "low addresses: all pages back");
}

static void generations(void)
{
	char *a = ul_malloc(100);
	ul___malloc_new_generation();
	char *b = ul_malloc(100);
	CHECK(((uintptr_t)a & ~(uintptr_t)4095) != ((uintptr_t)b & ~(uintptr_t)4095),
	      "after a new generation, blocks come from new pages");
	long held = host_pages_outstanding;
	ul_free(a);
	CHECK(host_pages_outstanding < held, "an old run goes back when its last block is freed");
	ul_free(b);
	ul___malloc_release_all();
}

/* Reference model: each live block, its size and fill byte. */
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
	enum { SLOTS = 3000 };
	static struct live live[SLOTS];
	memset(live, 0, sizeof live);
	srand(seed);
	size_t bytes_live = 0, peak = 0;
	struct ul_malloc_stats st;
	size_t pages_at_peak = 0;
	int bad = 0;
	for (int i = 0; i < ops && !bad; i++) {
		struct live *l = &live[rand() % SLOTS];
		int r = rand() % 100;
		size_t n = r < 70 ? (size_t)(rand() % 300) : r < 95 ? (size_t)(rand() % 5000) : (size_t)(rand() % 200000);
		if (l->p && !intact(l)) {
			bad = 1;
			CHECK(0, "block %p of %zu bytes corrupted", (void *)l->p, l->n);
		}
		if (!l->p) {
			size_t align = rand() % 10 ? 0 : (size_t)1 << (rand() % 14);
			l->p = align ? ul_aligned_alloc(align, n) : rand() % 4 ? ul_malloc(n) : ul_calloc(1, n);
			l->n = n;
			l->fill = (unsigned char)rand();
			if (!l->p || (uintptr_t)l->p % (align ? align : 16)) {
				bad = 1;
				CHECK(0, "allocation of %zu (align %zu) failed or misaligned", n, align);
				break;
			}
			memset(l->p, l->fill, n);
			bytes_live += n;
		} else if (r < 50) {
			unsigned char *q = ul_realloc(l->p, n);
			size_t keep = n < l->n ? n : l->n;
			if (n && !q) {
				bad = 1;
				CHECK(0, "realloc to %zu failed", n);
				break;
			}
			for (size_t k = 0; k < keep; k++)
				if (q[k] != l->fill) {
					bad = 1;
					CHECK(0, "realloc lost byte %zu", k);
					break;
				}
			bytes_live -= l->n;
			l->p = q;
			l->n = q ? n : 0;
			if (q) {
				memset(q, l->fill, n);
				bytes_live += n;
			}
		} else {
			ul_free(l->p);
			bytes_live -= l->n;
			l->p = NULL;
			l->n = 0;
		}
		if (bytes_live > peak) {
			peak = bytes_live;
			ul___malloc_stats(&st);
			pages_at_peak = st.pages_held;
		}
	}
	for (int a = 0; a < SLOTS; a++)
		if (live[a].p && !intact(&live[a]))
			bad = 1;   /* overlap would show here */
	CHECK(!bad, "stress seed %u: %d operations, contents and alignment kept", seed, ops);
	printf("malloc: stress seed %u: peak %zu bytes live in %zu pages (%.3f)\n", seed, peak,
	       pages_at_peak, (double)pages_at_peak * 4096 / (double)peak);
	for (int a = 0; a < SLOTS; a++)
		ul_free(live[a].p);
}

/* __malloc_live counts the blocks handed out and not freed, and their
 * usable bytes; release_all calls __malloc_exit_hook first, when set
 * (the fault sweeps' leak check). */
static size_t hook_blocks, hook_bytes;
static int hook_calls;
static void exit_hook(void)
{
	hook_calls++;
	hook_blocks = ul___malloc_live(&hook_bytes);
}

static void live_count(void)
{
	size_t b0 = 0, b = 0;
	size_t n0 = ul___malloc_live(&b0);
	void *a = ul_malloc(40), *c = ul_malloc(3000), *d = ul_malloc(100000);
	CHECK(a && c && d, "live: three blocks");
	size_t n = ul___malloc_live(&b);
	CHECK(n == n0 + 3, "live: three more blocks (%zu, was %zu)", n, n0);
	CHECK(b == b0 + ul_malloc_usable_size(a) + ul_malloc_usable_size(c) + ul_malloc_usable_size(d),
	      "live: bytes are the usable sizes (%zu, was %zu)", b, b0);
	CHECK(ul___malloc_live(NULL) == n, "live: bytes may be NULL");
	ul_free(c);
	CHECK(ul___malloc_live(&b) == n0 + 2 && b == b0 + ul_malloc_usable_size(a) + ul_malloc_usable_size(d),
	      "live: a freed block no longer counts");
	ul_free(d);
	ul___malloc_exit_hook = exit_hook;
	ul___malloc_release_all();
	ul___malloc_exit_hook = 0;
	CHECK(hook_calls == 1 && hook_blocks == n0 + 1, "release_all calls the exit hook first, which sees the leaked block (%d calls, %zu blocks)",
	      hook_calls, hook_blocks);
	CHECK(ul___malloc_live(&b) == 0 && b == 0, "live: nothing after release_all");
	CHECK(host_pages_outstanding == 0, "release_all with the hook: %ld pages left", host_pages_outstanding);
	ul___malloc_release_all();
	CHECK(hook_calls == 1, "the hook cleared: not called again");
}

int main(int argc, char **argv)
{
	int ops = argc > 1 ? atoi(argv[1]) : 300000;
	sizes();
	alignments();
	hardening();
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "release_all gives back every page (%ld left)", host_pages_outstanding);
	after_exit();
	low_addresses();
	generations();

	live_count();
	for (unsigned seed = 1; seed <= 4; seed++)
		stress(seed, ops);
	struct ul_malloc_stats st;
	ul___malloc_stats(&st);
	CHECK(st.pages_held <= 200, "after freeing everything only metadata and one run per class stay (%zu pages)",
	      st.pages_held);
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "release_all after stress: %ld pages left", host_pages_outstanding);

	host_pages_fail_after = 0;
	ul_errno = 0;
	CHECK(ul_malloc(100) == NULL && ul_errno == ENOMEM, "no pages: malloc NULL, ENOMEM");
	ul_errno = 0;
	CHECK(ul_malloc(100000) == NULL && ul_errno == ENOMEM, "no pages: large malloc NULL, ENOMEM");
	host_pages_fail_after = 3;   /* fail in the middle of setting up a run */
	for (int i = 0; i < 50; i++)
		ul_free(ul_malloc((size_t)i * 700));
	host_pages_fail_after = -1;
	void *p = ul_malloc(100);
	CHECK(p != NULL, "pages back: malloc works again");
	ul_free(p);
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "release_all after failures: %ld pages left", host_pages_outstanding);
	return check_report("malloc");
}
