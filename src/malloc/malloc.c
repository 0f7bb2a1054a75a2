/* The allocator: size-class runs carved out of pages, large blocks in page
 * runs of their own, all metadata out of band.
 *
 * Small blocks (up to 32 KiB with their canary) come in 40 classes: 16-byte
 * steps up to 128 bytes, then at most 25% apart; each class carves runs of 1 to 8 pages chosen to leave
 * under 0.4% unused at the tail.  A run's free blocks are a bitmap in its
 * descriptor, so a double free is found exactly and nothing of ours lives in
 * memory a user can overrun.  A page map (page number -> descriptor) finds
 * the run of any pointer without reading the pointer's memory, so a free of
 * a foreign or stale pointer is reported before anything is touched.
 *
 * Every block ends in an 8-byte canary (a secret mixed with the block's
 * address); free and realloc check it, so an overflow past the usable size
 * is reported at the latest when the block is freed.
 *
 * Empty runs go back to the platform at once, except one per class kept
 * against thrashing.  When the platform goes away (ExitBootServices),
 * allocation fails with ENOMEM and free does nothing, unless a reserve was
 * set up before (uefi_reserve_after_exit): its pages then become the page
 * source, and malloc and free keep working inside them. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"
#include "../internal/sys_conf.h"

#define PAGE ((uintptr_t)__SYS_PAGE_SIZE)
#define CANARY 8
#define NCLASSES 40
#define MAX_SMALL 32768             /* largest class, canary included */
#define LARGE 0xFFFF
#define RUN_MAGIC 0x52554e21u       /* "RUN!" */
#define MAX_BLOCKS 256
#define MAP_BITS 12                 /* page map: 3 levels of 12 bits */
#define MAP_SIZE ((size_t)1 << MAP_BITS)

static const uint8_t class_pages[NCLASSES] = {
	1, 1, 1, 1, 1, 2, 2, 1, 2, 3, 4, 1, 4, 3, 7, 1, 5, 3, 7, 1,
	5, 3, 7, 1, 5, 3, 7, 1, 5, 3, 7, 2, 5, 3, 7, 4, 5, 6, 7, 8,
};

struct run {
	uintptr_t base;
	uintptr_t user;                 /* large: the block handed out */
	size_t npages;
	uint32_t magic;                 /* RUN_MAGIC ^ low bits of base */
	uint16_t cls;                   /* class, or LARGE */
	uint16_t nblocks, nfree, hint;  /* hint: first map word with a free bit */
	uint16_t gen;                   /* the generation it was made in */
	uint32_t size;                  /* block size, canary included */
	uint32_t recip;                 /* ceil(2^32 / size): off / size without a division */
	uint16_t listed;                /* on its class's list of runs with room */
	struct run *next, *prev;        /* class's runs with room / free descriptors */
	struct run *anext, *aprev;      /* every run held */
	uint64_t freemap[MAX_BLOCKS / 64];   /* 1 = free */
};

static struct run *partial[NCLASSES];
static struct run *all_runs, *free_desc;
static void **desc_pages;           /* pages holding descriptors, chained by first word */
static void **map_top[MAP_SIZE];    /* -> mid nodes -> leaf nodes -> struct run * */
static uintptr_t secret;
static size_t pages_held;
/* Runs of an older generation (before a change of memory type) serve no
 * new allocation; they live on until their last block is freed. */
static uint16_t generation;

/* The reserve for life after the platform (see header comment). */
static uintptr_t reserve_base;
static size_t reserve_npages;
static uint64_t *reserve_map;       /* 1 = page free; in pages of its own */
static size_t reserve_map_pages;

static size_t class_size_of(unsigned c)
{
	if (c < 8)
		return 16 * (c + 1);
	unsigned g = (c - 8) / 4, i = (c - 8) % 4;
	return ((size_t)1 << (7 + g)) + (size_t)(i + 1) * ((size_t)1 << (5 + g));
}

/* s includes the canary; 16 <= s <= MAX_SMALL. */
static unsigned class_of_slow(size_t s)
{
	if (s <= 128)
		return (unsigned)((s + 15) / 16 - 1);
	unsigned lg = 63 - (unsigned)__builtin_clzll((unsigned long long)(s - 1));
	return 8 + (lg - 7) * 4 + (unsigned)(((s - 1) >> (lg - 2)) - 4);
}

/* Tables filled on first use: sizes, and classes of sizes up to 1 KiB by
 * 16-byte steps, so that the common path does no arithmetic on classes. */
static uint32_t class_size[NCLASSES];
static uint8_t small_class[1024 / 16 + 1];

static unsigned class_of(size_t s)
{
	return s <= 1024 ? small_class[(s + 15) >> 4] : class_of_slow(s);
}

/* Written without printf, so that a program pays for printf only if it
 * calls it. */
static _Noreturn void fail(const char *what, const void *p)
{
	char hex[2 + 16 + 2], *h = hex + sizeof hex;
	uintptr_t v = (uintptr_t)p;
	*--h = 0;
	*--h = '\n';
	do
		*--h = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	*--h = 'x';
	*--h = '0';
	fputs("malloc: ", stderr);
	fputs(what, stderr);
	fputs(" ", stderr);
	fputs(h, stderr);
	abort();
}

static inline __attribute__((always_inline)) uint64_t canary_of(uintptr_t block)
{
	uint64_t x = (uint64_t)block ^ secret;
	x ^= x >> 29;
	x *= 0xBF58476D1CE4E5B9ull;
	return x ^ (x >> 32);
}

/* Runs once, before the first block: the tables and the canary secret,
 * from the platform's entropy source (the one getentropy reads: the RNG
 * protocol, RDRAND or timing jitter), mixed with addresses, which alone
 * remain when no source answers (they differ between images and loads). */
static void init(void)
{
	for (unsigned c = 0; c < NCLASSES; c++)
		class_size[c] = (uint32_t)class_size_of(c);
	for (unsigned i = 1; i <= 1024 / 16; i++)
		small_class[i] = (uint8_t)class_of_slow(i * 16);
	uint64_t seed = 0;
	const char *src;
	if (__sys_entropy(&seed, sizeof seed, &src))
		seed = 0;
	uintptr_t local = (uintptr_t)&local;
	secret = (uintptr_t)canary_of(seed ^ local ^ (uintptr_t)&partial ^ 0x9E3779B97F4A7C15ull) | 1;
}

/* __builtin_memcpy: one move, where the library's own memcpy (built
 * freestanding, so not known to the compiler) would be a call. */
static void set_canary(uintptr_t end)
{
	uint64_t v = canary_of(end);
	__builtin_memcpy((void *)(end - CANARY), &v, CANARY);
}

static int canary_ok(uintptr_t end)
{
	uint64_t v;
	__builtin_memcpy(&v, (const void *)(end - CANARY), CANARY);
	return v == canary_of(end);
}

/* ---- pages: from the platform, or from the reserve once it is gone ---- */

static inline __attribute__((always_inline)) int platform_gone(void)
{
	return !__sys_available();
}

/* First fit over the reserve's page bitmap: runs from the bottom, metadata
 * from the top, so that freeing every block leaves one long free stretch. */
static void *reserve_take(size_t n, int top)
{
	size_t run = 0;
	for (size_t k = 0; k < reserve_npages; k++) {
		size_t i = top ? reserve_npages - 1 - k : k;
		if (!(reserve_map[i / 64] >> (i % 64) & 1)) {
			run = 0;
			continue;
		}
		if (++run == n) {
			size_t first = top ? i : i + 1 - n;
			for (size_t j = first; j < first + n; j++)
				reserve_map[j / 64] &= ~((uint64_t)1 << (j % 64));
			return (void *)(reserve_base + first * PAGE);
		}
	}
	errno = ENOMEM;
	return 0;
}

static int in_reserve(uintptr_t a)
{
	return reserve_npages && a >= reserve_base && a < reserve_base + reserve_npages * PAGE;
}

static void *pages_get(size_t n, int metadata)
{
	__malloc_release_hook = __malloc_release_all;
	void *p = platform_gone() ? reserve_take(n, metadata) : __sys_pages_alloc(n);
	if (p)
		pages_held += n;
	return p;
}

static void pages_put(void *p, size_t n)
{
	pages_held -= n;
	if (in_reserve((uintptr_t)p)) {
		size_t first = ((uintptr_t)p - reserve_base) / PAGE;
		for (size_t k = first; k < first + n; k++)
			reserve_map[k / 64] |= (uint64_t)1 << (k % 64);
	} else if (!platform_gone()) {
		__sys_pages_free(p, n);
	}
	/* else: the platform's pages cannot go back any more; they stay ours. */
}

/* ---- the page map ---- */

/* The map covers the 48-bit canonical address space: the lower half, and
 * the upper half (a runtime driver's memory after SetVirtualAddressMap
 * often lives there), its page numbers folded into the same 36 bits.  0
 * for an address that is not canonical. */
static int page_number(uintptr_t a, uintptr_t *pn)
{
	uint64_t top = (uint64_t)a >> 47;
	if (top != 0 && top != (UINT64_MAX >> 47))
		return 0;
	*pn = a / PAGE & (((uintptr_t)1 << (3 * MAP_BITS)) - 1);
	return 1;
}

static struct run **leaf_of(uintptr_t a, int create)
{
	uintptr_t pn;
	if (!page_number(a, &pn))
		return 0;
	size_t i = (size_t)(pn >> (2 * MAP_BITS)), j = (size_t)(pn >> MAP_BITS) & (MAP_SIZE - 1);
	void **mid = map_top[i];
	if (!mid) {
		if (!create || !(mid = pages_get(MAP_SIZE * sizeof(void *) / PAGE, 1)))
			return 0;
		memset(mid, 0, MAP_SIZE * sizeof(void *));
		map_top[i] = mid;
	}
	struct run **leaf = mid[j];
	if (!leaf) {
		if (!create || !(leaf = pages_get(MAP_SIZE * sizeof(void *) / PAGE, 1)))
			return 0;
		memset(leaf, 0, MAP_SIZE * sizeof(void *));
		mid[j] = leaf;
	}
	return leaf;
}

/* The last leaf used: consecutive frees mostly fall in the same 16 MiB. */
static uintptr_t cached_key = UINTPTR_MAX;   /* no key is this large */
static struct run **cached_leaf;

static inline __attribute__((always_inline)) struct run *run_of(uintptr_t a)
{
	uintptr_t key = a / PAGE >> MAP_BITS;
	if (key != cached_key) {
		struct run **leaf = leaf_of(a, 0);
		if (!leaf)
			return 0;
		cached_key = key;
		cached_leaf = leaf;
	}
	return cached_leaf[a / PAGE & (MAP_SIZE - 1)];
}

static int map_run(struct run *r, struct run *value)
{
	for (size_t k = 0; k < r->npages; k++) {
		uintptr_t a = r->base + k * PAGE;
		struct run **leaf = leaf_of(a, value != 0);
		if (!leaf)
			return -1;
		leaf[a / PAGE & (MAP_SIZE - 1)] = value;
	}
	return 0;
}

/* ---- descriptors ---- */

static struct run *desc_get(void)
{
	if (!free_desc) {
		void **page = pages_get(1, 1);
		if (!page)
			return 0;
		*page = desc_pages;
		desc_pages = page;
		/* The first slot holds the chain link. */
		struct run *d = (struct run *)page + 1, *end = (struct run *)((char *)page + PAGE);
		for (; d + 1 <= end; d++) {
			d->next = free_desc;
			free_desc = d;
		}
	}
	struct run *d = free_desc;
	free_desc = d->next;
	return d;
}

static void desc_put(struct run *d)
{
	d->magic = 0;
	d->next = free_desc;
	free_desc = d;
}

/* ---- runs ---- */

static struct run *run_new(size_t npages, unsigned cls)
{
	struct run *d = desc_get();
	if (!d)
		return 0;
	void *base = pages_get(npages, 0);
	if (!base) {
		desc_put(d);
		return 0;
	}
	memset(d, 0, sizeof *d);
	d->base = d->user = (uintptr_t)base;
	d->npages = npages;
	d->cls = (uint16_t)cls;
	d->gen = generation;
	d->magic = RUN_MAGIC ^ (uint32_t)d->base;
	if (map_run(d, d)) {
		map_run(d, 0);
		pages_put(base, npages);
		desc_put(d);
		errno = ENOMEM;
		return 0;
	}
	if (cls != LARGE) {
		d->size = class_size[cls];
		d->recip = (uint32_t)((((uint64_t)1 << 32) + d->size - 1) / d->size);
		size_t n = npages * PAGE / d->size;
		d->nblocks = d->nfree = (uint16_t)n;
		for (size_t w = 0; w < n / 64; w++)
			d->freemap[w] = ~(uint64_t)0;
		if (n % 64)
			d->freemap[n / 64] = ((uint64_t)1 << (n % 64)) - 1;
	}
	d->anext = all_runs;
	d->aprev = 0;
	if (all_runs)
		all_runs->aprev = d;
	all_runs = d;
	return d;
}

static void run_free(struct run *d)
{
	if (d->aprev)
		d->aprev->anext = d->anext;
	else
		all_runs = d->anext;
	if (d->anext)
		d->anext->aprev = d->aprev;
	map_run(d, 0);
	pages_put((void *)d->base, d->npages);
	desc_put(d);
}

static void partial_push(struct run *d)
{
	d->listed = 1;
	d->prev = 0;
	d->next = partial[d->cls];
	if (d->next)
		d->next->prev = d;
	partial[d->cls] = d;
}

static void partial_remove(struct run *d)
{
	d->listed = 0;
	if (d->prev)
		d->prev->next = d->next;
	else
		partial[d->cls] = d->next;
	if (d->next)
		d->next->prev = d->prev;
}

/* ---- the public core ---- */

static inline __attribute__((always_inline)) int ready(void)
{
	if (!platform_gone() || reserve_npages)
		return 1;
	errno = ENOMEM;
	return 0;
}

static inline __attribute__((always_inline)) void *alloc_small(unsigned c)
{
	struct run *d = partial[c];
	if (!d) {
		d = run_new(class_pages[c], c);
		if (!d)
			return 0;
		partial_push(d);
	}
	unsigned w = d->hint;
	while (!d->freemap[w])
		w++;
	unsigned b = (unsigned)__builtin_ctzll(d->freemap[w]);
	d->freemap[w] &= d->freemap[w] - 1;
	d->hint = (uint16_t)w;
	if (!--d->nfree)
		partial_remove(d);
	uintptr_t p = d->base + (w * 64 + b) * d->size;
	set_canary(p + d->size);
	return (void *)p;
}

int __malloc_ready(void)
{
	return ready();
}

static void *alloc_large(size_t n, size_t align)
{
	size_t extra = align > PAGE ? align - PAGE : 0;
	if (extra > PTRDIFF_MAX / 2 || n > PTRDIFF_MAX - CANARY - extra - PAGE) {
		errno = ENOMEM;
		return 0;
	}
	struct run *d = run_new((n + CANARY + extra + PAGE - 1) / PAGE, LARGE);
	if (!d)
		return 0;
	d->user = (d->base + align - 1) & ~(uintptr_t)(align - 1);
	set_canary(d->base + d->npages * PAGE);
	return (void *)d->user;
}

void *__malloc_aligned(size_t align, size_t n)
{
	if (!ready())
		return 0;
	if (!secret)
		init();
	if (align < 16)
		align = 16;
	if (n <= MAX_SMALL - CANARY && align <= PAGE) {
		/* A class whose size is a multiple of align has aligned blocks,
		 * its runs being page aligned. */
		for (unsigned c = class_of(n + CANARY < 16 ? 16 : n + CANARY); c < NCLASSES; c++)
			if (class_size[c] % align == 0)
				return alloc_small(c);
	}
	return alloc_large(n, align);
}

void *malloc(size_t n)
{
	if (!ready())
		return 0;
	if (n <= 1024 - CANARY && secret)
		return alloc_small(small_class[(n + CANARY + 15) >> 4]);
	if (!secret)
		init();
	if (n <= MAX_SMALL - CANARY)
		return alloc_small(class_of(n + CANARY < 16 ? 16 : n + CANARY));
	return alloc_large(n, PAGE);
}

/* The run of a live block, after every check; the block's index in *idx. */
static inline __attribute__((always_inline)) struct run *checked(void *ptr, size_t *idx)
{
	uintptr_t p = (uintptr_t)ptr;
	struct run *d = p % 16 ? 0 : run_of(p);
	if (!d)
		fail("free of a pointer it never returned:", ptr);
	if (d->magic != (RUN_MAGIC ^ (uint32_t)d->base))
		fail("heap metadata corrupted near", ptr);
	if (d->cls == LARGE) {
		if (p != d->user)
			fail("free of a pointer it never returned:", ptr);
		if (!canary_ok(d->base + d->npages * PAGE))
			fail("heap overflow past the end of block", ptr);
		return d;
	}
	size_t size = d->size, off = p - d->base;
	size_t i = (size_t)(((uint64_t)off * d->recip) >> 32);   /* off / size: off < 2^16 */
	if (i * size != off)
		fail("free of a pointer it never returned:", ptr);
	if (d->freemap[i / 64] >> (i % 64) & 1)
		fail("double free of", ptr);
	if (!canary_ok(p + size))
		fail("heap overflow past the end of block", ptr);
	*idx = i;
	return d;
}

void free(void *ptr)
{
	if (!ptr || (platform_gone() && !reserve_npages))
		return;
	size_t i = 0;
	struct run *d = checked(ptr, &i);
	if (d->cls == LARGE) {
		run_free(d);
		return;
	}
	d->freemap[i / 64] |= (uint64_t)1 << (i % 64);
	if (i / 64 < d->hint)
		d->hint = (uint16_t)(i / 64);
	if (d->nfree++ == 0 && d->gen == generation)
		partial_push(d);
	/* An empty run goes back unless it is the class's only run with room,
	 * so that a malloc/free loop does not fetch and return pages each time. */
	if (d->nfree == d->nblocks && (!d->listed || d->next || d->prev)) {
		if (d->listed)
			partial_remove(d);
		run_free(d);
	}
}

size_t __malloc_usable(void *ptr)
{
	size_t i;
	struct run *d = checked(ptr, &i);
	if (d->cls == LARGE)
		return d->base + d->npages * PAGE - CANARY - d->user;
	return d->size - CANARY;
}

void __malloc_new_generation(void)
{
	for (unsigned c = 0; c < NCLASSES; c++) {
		struct run *d = partial[c];
		partial[c] = 0;
		while (d) {
			struct run *next = d->next;
			d->listed = 0;
			if (d->nfree == d->nblocks)
				run_free(d);
			d = next;
		}
	}
	generation++;
}

void __malloc_stats(struct __malloc_stats *s)
{
	s->pages_held = pages_held;
	s->reserve_pages = reserve_npages;
}

int __malloc_reserve(size_t bytes)
{
	if (platform_gone()) {
		errno = ENOMEM;
		return -1;
	}
	size_t n = bytes / PAGE + (bytes % PAGE != 0);
	if (n <= reserve_npages)
		return 0;
	if (reserve_npages) {
		/* Grow by replacing: only possible while nothing lives in it,
		 * which holds as long as the platform is still here. */
		__sys_pages_free((void *)reserve_base, reserve_npages);
		__sys_pages_free(reserve_map, reserve_map_pages);
		pages_held -= reserve_npages + reserve_map_pages;
		reserve_npages = 0;
	}
	size_t mp = ((n + 63) / 64 * 8 + PAGE - 1) / PAGE;
	__malloc_release_hook = __malloc_release_all;
	void *map = __sys_pages_alloc(mp);
	void *base = map ? __sys_pages_alloc(n) : 0;
	if (!base) {
		if (map)
			__sys_pages_free(map, mp);
		errno = ENOMEM;
		return -1;
	}
	memset(map, 0, mp * PAGE);
	reserve_map = map;
	reserve_map_pages = mp;
	for (size_t k = 0; k < n; k++)
		reserve_map[k / 64] |= (uint64_t)1 << (k % 64);
	reserve_base = (uintptr_t)base;
	reserve_npages = n;
	pages_held += n + mp;
	return 0;
}

/* Blocks handed out and not freed, and their usable bytes: a walk of the
 * runs, so that normal allocation keeps no count.  Nothing calls it but a
 * test (a leak check), through __malloc_exit_hook or directly. */
size_t __malloc_live(size_t *bytes)
{
	size_t n = 0, b = 0;
	for (struct run *d = all_runs; d; d = d->anext) {
		if (d->magic != (RUN_MAGIC ^ (uint32_t)d->base))
			continue;
		if (d->cls == LARGE) {
			n++;
			b += d->base + d->npages * PAGE - CANARY - d->user;
		} else {
			n += (size_t)(d->nblocks - d->nfree);
			b += (size_t)(d->nblocks - d->nfree) * (d->size - CANARY);
		}
	}
	if (bytes)
		*bytes = b;
	return n;
}

void (*__malloc_exit_hook)(void);

void __malloc_release_all(void)
{
	if (platform_gone())
		return;     /* nothing can be given back any more */
	if (__malloc_exit_hook)
		__malloc_exit_hook();
	while (all_runs) {
		struct run *d = all_runs;
		all_runs = d->anext;
		if (d->magic == (RUN_MAGIC ^ (uint32_t)d->base) && !in_reserve(d->base))
			__sys_pages_free((void *)d->base, d->npages);
		/* a trampled descriptor is leaked rather than trusted */
	}
	for (size_t i = 0; i < MAP_SIZE; i++) {
		void **mid = map_top[i];
		if (!mid)
			continue;
		for (size_t j = 0; j < MAP_SIZE; j++)
			if (mid[j] && !in_reserve((uintptr_t)mid[j]))
				__sys_pages_free(mid[j], MAP_SIZE * sizeof(void *) / PAGE);
		if (!in_reserve((uintptr_t)mid))
			__sys_pages_free(mid, MAP_SIZE * sizeof(void *) / PAGE);
		map_top[i] = 0;
	}
	while (desc_pages) {
		void **page = desc_pages;
		desc_pages = *page;
		if (!in_reserve((uintptr_t)page))
			__sys_pages_free(page, 1);
	}
	if (reserve_npages) {
		__sys_pages_free((void *)reserve_base, reserve_npages);
		__sys_pages_free(reserve_map, reserve_map_pages);
	}
	reserve_npages = 0;
	cached_key = UINTPTR_MAX;
	cached_leaf = 0;
	free_desc = 0;
	pages_held = 0;
	memset(partial, 0, sizeof partial);
}

/* ---- moving to new addresses (a runtime driver at SetVirtualAddressMap) ----
 *
 * Everything is still reached at the old addresses while this runs; only
 * the values stored change.  The page map is keyed by address, so it is
 * built again: its old nodes are taken apart into a pool, and the new
 * nodes come from that pool (or from the reserve when the new addresses
 * need more of them), linked by their old addresses while the map is
 * built, then converted. */

#define NODE_PAGES (MAP_SIZE * sizeof(void *) / PAGE)

static void *node_pool;

static void *node_take(void)
{
	void *n = node_pool;
	if (n)
		node_pool = *(void **)n;
	else if (!(n = reserve_npages ? reserve_take(NODE_PAGES, 1) : 0))
		return 0;
	memset(n, 0, MAP_SIZE * sizeof(void *));
	return n;
}

/* The new map's leaf for new address a, in old addresses. */
static struct run **leaf_at(uintptr_t a)
{
	uintptr_t pn;
	if (!page_number(a, &pn))
		return 0;
	size_t i = (size_t)(pn >> (2 * MAP_BITS)), j = (size_t)(pn >> MAP_BITS) & (MAP_SIZE - 1);
	if (!map_top[i] && !(map_top[i] = node_take()))
		return 0;
	void **mid = map_top[i];
	if (!mid[j] && !(mid[j] = node_take()))
		return 0;
	return mid[j];
}

static void *moved(void *(*convert)(void *), void *p)
{
	return p ? convert(p) : 0;
}

/* Rewrites the canary of the block ending at old_end for its new address,
 * unless it was already wrong (an overflow stays reported). */
static void recanary(uintptr_t old_end, uintptr_t new_end)
{
	if (canary_ok(old_end)) {
		uint64_t v = canary_of(new_end);
		__builtin_memcpy((void *)(old_end - CANARY), &v, CANARY);
	}
}

void __malloc_relocate(void *(*convert)(void *p))
{
	/* 1. The old map's nodes become the pool. */
	node_pool = 0;
	for (size_t i = 0; i < MAP_SIZE; i++) {
		void **mid = map_top[i];
		if (!mid)
			continue;
		for (size_t j = 0; j < MAP_SIZE; j++)
			if (mid[j]) {
				*(void **)mid[j] = node_pool;
				node_pool = mid[j];
			}
		*(void **)mid = node_pool;
		node_pool = mid;
		map_top[i] = 0;
	}
	/* 2. Each run under its new address (descriptors still old); the
	 * canaries of its live blocks rewritten. */
	for (struct run *d = all_runs; d; d = d->anext) {
		uintptr_t nb = (uintptr_t)moved(convert, (void *)d->base);
		if (!nb) {
			d->magic = 0;           /* not mapped: dropped */
			continue;
		}
		for (size_t k = 0; k < d->npages; k++) {
			struct run **leaf = leaf_at(nb + k * PAGE);
			if (leaf)
				leaf[(nb + k * PAGE) / PAGE & (MAP_SIZE - 1)] = d;
		}
		if (d->cls == LARGE) {
			recanary(d->base + d->npages * PAGE, nb + d->npages * PAGE);
		} else {
			for (size_t b = 0; b < d->nblocks; b++)
				if (!(d->freemap[b / 64] >> (b % 64) & 1))
					recanary(d->base + (b + 1) * d->size, nb + (b + 1) * d->size);
		}
	}
	/* 3. The new map's own pointers: descriptors, then nodes. */
	for (size_t i = 0; i < MAP_SIZE; i++) {
		void **mid = map_top[i];
		if (!mid)
			continue;
		for (size_t j = 0; j < MAP_SIZE; j++) {
			struct run **leaf = mid[j];
			if (!leaf)
				continue;
			struct run *last = 0, *last_new = 0;
			for (size_t k = 0; k < MAP_SIZE; k++) {
				if (!leaf[k])
					continue;
				if (leaf[k] != last) {
					last = leaf[k];
					last_new = moved(convert, last);
				}
				leaf[k] = last_new;
			}
			mid[j] = moved(convert, leaf);
		}
		map_top[i] = moved(convert, mid);
	}
	/* 4. The descriptors' own fields, and the lists. */
	for (struct run *d = all_runs, *next; d; d = next) {
		next = d->anext;
		uintptr_t nb = (uintptr_t)moved(convert, (void *)d->base);
		if (nb) {
			d->user = nb + (d->user - d->base);
			d->base = nb;
			d->magic = RUN_MAGIC ^ (uint32_t)nb;
		}
		d->next = moved(convert, d->next);
		d->prev = moved(convert, d->prev);
		d->anext = moved(convert, d->anext);
		d->aprev = moved(convert, d->aprev);
	}
	all_runs = moved(convert, all_runs);
	for (unsigned c = 0; c < NCLASSES; c++)
		partial[c] = moved(convert, partial[c]);
	for (struct run *d = free_desc, *next; d; d = next) {
		next = d->next;
		d->next = moved(convert, d->next);
	}
	free_desc = moved(convert, free_desc);
	for (void **p = desc_pages, **next; p; p = next) {
		next = *p;
		*p = moved(convert, *p);
	}
	desc_pages = moved(convert, desc_pages);
	if (reserve_npages) {
		reserve_base = (uintptr_t)moved(convert, (void *)reserve_base);
		reserve_map = moved(convert, reserve_map);
		if (!reserve_base || !reserve_map)
			reserve_npages = 0;
	}
	node_pool = 0;                  /* what is left of it stays unused */
	cached_key = UINTPTR_MAX;
	cached_leaf = 0;
}
