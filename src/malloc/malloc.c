/* The first allocator: size-class slabs and whole page runs, over the
 * platform's pages.  Simple by design (a later allocator replaces it), but
 * complete: 16-byte alignment, every page tracked so that exit gives all of
 * them back, empty slabs returned, and invalid or double frees caught.
 *
 * Every page run starts with a struct region.  Blocks of at most MAX_SMALL
 * bytes come from one-page slabs cut into equal blocks (the classes are
 * chosen to fill the page); larger ones get a run of their own.  free finds the region by rounding the
 * pointer down to its page, which works because no block starts beyond the
 * first page of its run. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

#define PAGE __SYS_PAGE_SIZE
#define SLAB_PAGES 1
#define HEADER 64
#define LARGE 0xFFFF
#define MAGIC 0x75656669u          /* "uefi" */
#define FREE_TAG ((uintptr_t)0x5a5a5a5aa5a5a5a5ull)

static const unsigned short class_size[] = {
	16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 400, 448,
	496, 576, 672, 800, 1008,
};
#define NCLASSES (sizeof class_size / sizeof *class_size)
#define MAX_SMALL 1008

struct region {
	uint32_t magic;
	uint16_t cls;                  /* class index, or LARGE */
	uint16_t used;                 /* blocks handed out (slabs) */
	size_t npages;
	struct region *pnext, *pprev;  /* slabs of this class with room */
	void *free;                    /* freed blocks of this slab */
	size_t carved;                 /* blocks ever cut from this slab */
};
_Static_assert(sizeof(struct region) <= HEADER, "region header too big");

struct free_block {
	struct free_block *next;
	uintptr_t tag;                 /* FREE_TAG ^ address: marks a freed block */
};

static struct region *partial[NCLASSES];

/* The set of regions held: open addressing over page addresses, with
 * tombstones, kept at most half full; its own storage is whole pages. */
#define EMPTY ((uintptr_t)0)
#define TOMB ((uintptr_t)1)
static uintptr_t *table;
static size_t table_cap, table_used, table_live;

static _Noreturn void corrupt(const char *what, void *p)
{
	fprintf(stderr, "malloc: %s %p\n", what, p);
	abort();
}

static size_t slot_of(uintptr_t r, size_t cap)
{
	return (size_t)(((uint64_t)(r / PAGE) * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
}

static void table_put(uintptr_t *t, size_t cap, uintptr_t r)
{
	size_t i = slot_of(r, cap);
	while (t[i] > TOMB)
		i = (i + 1) & (cap - 1);
	t[i] = r;
}

static int table_grow(void)
{
	/* Mostly tombstones: rebuild at the same size; else double. */
	size_t cap = !table_cap ? PAGE / sizeof *table
		: table_live * 4 < table_cap ? table_cap : table_cap * 2;
	uintptr_t *t = __sys_pages_alloc(cap * sizeof *t / PAGE);
	if (!t)
		return -1;
	memset(t, 0, cap * sizeof *t);
	for (size_t i = 0; i < table_cap; i++)
		if (table[i] > TOMB)
			table_put(t, cap, table[i]);
	if (table)
		__sys_pages_free(table, table_cap * sizeof *table / PAGE);
	table = t;
	table_cap = cap;
	table_used = table_live;
	return 0;
}

static int table_insert(uintptr_t r)
{
	if ((table_used + 1) * 2 > table_cap && table_grow())
		return -1;
	size_t i = slot_of(r, table_cap);
	while (table[i] > TOMB)
		i = (i + 1) & (table_cap - 1);
	if (table[i] == EMPTY)
		table_used++;
	table[i] = r;
	table_live++;
	return 0;
}

static long table_find(uintptr_t r)
{
	if (!table_cap)
		return -1;
	for (size_t i = slot_of(r, table_cap);; i = (i + 1) & (table_cap - 1)) {
		if (table[i] == r)
			return (long)i;
		if (table[i] == EMPTY)
			return -1;
	}
}

static unsigned class_of(size_t n)
{
	if (n <= 128)
		return n ? (unsigned)((n + 15) / 16 - 1) : 0;
	unsigned c = 8;
	while (class_size[c] < n)
		c++;
	return c;
}

static size_t blocks_per_slab(unsigned c)
{
	return (SLAB_PAGES * PAGE - HEADER) / class_size[c];
}

static void link_partial(struct region *r)
{
	r->pprev = 0;
	r->pnext = partial[r->cls];
	if (r->pnext)
		r->pnext->pprev = r;
	partial[r->cls] = r;
}

static void unlink_partial(struct region *r)
{
	if (r->pprev)
		r->pprev->pnext = r->pnext;
	else
		partial[r->cls] = r->pnext;
	if (r->pnext)
		r->pnext->pprev = r->pprev;
}

static struct region *new_region(size_t npages, unsigned cls)
{
	struct region *r = __sys_pages_alloc(npages);
	if (!r)
		return 0;
	if (table_insert((uintptr_t)r)) {
		__sys_pages_free(r, npages);
		return 0;
	}
	memset(r, 0, sizeof *r);
	r->magic = MAGIC;
	r->cls = (uint16_t)cls;
	r->npages = npages;
	return r;
}

static void drop_region(struct region *r)
{
	long i = table_find((uintptr_t)r);
	if (i >= 0) {
		table[i] = TOMB;
		table_live--;
	}
	r->magic = 0;
	__sys_pages_free(r, r->npages);
}

static void *alloc_small(unsigned c)
{
	struct region *r = partial[c];
	if (!r) {
		r = new_region(SLAB_PAGES, c);
		if (!r)
			return 0;
		link_partial(r);
	}
	void *p;
	if (r->free) {
		struct free_block *b = r->free;
		r->free = b->next;
		p = b;
	} else {
		p = (char *)r + HEADER + r->carved * class_size[c];
		r->carved++;
	}
	if (++r->used == blocks_per_slab(c))
		unlink_partial(r);
	return p;
}

void *malloc(size_t n)
{
	if (!__sys_available()) {
		errno = ENOMEM;
		return 0;
	}
	if (n <= MAX_SMALL)
		return alloc_small(class_of(n));
	if (n > PTRDIFF_MAX - HEADER - PAGE) {
		errno = ENOMEM;
		return 0;
	}
	struct region *r = new_region((n + HEADER + PAGE - 1) / PAGE, LARGE);
	return r ? (char *)r + HEADER : 0;
}

/* Returns the region of a live block, or aborts naming the pointer. */
static struct region *region_of(void *p)
{
	struct region *r = (struct region *)((uintptr_t)p & ~(uintptr_t)(PAGE - 1));
	if ((uintptr_t)p % 16 || table_find((uintptr_t)r) < 0)
		corrupt("invalid pointer", p);
	if (r->magic != MAGIC)
		corrupt("corrupted heap at", p);
	if (r->cls == LARGE) {
		if ((char *)p != (char *)r + HEADER)
			corrupt("invalid pointer", p);
		return r;
	}
	if (r->cls >= NCLASSES)
		corrupt("corrupted heap at", p);
	size_t off = (size_t)((char *)p - (char *)r) - HEADER;
	if ((char *)p < (char *)r + HEADER || off % class_size[r->cls] ||
	    off / class_size[r->cls] >= r->carved)
		corrupt("invalid pointer", p);
	struct free_block *b = p;
	if (b->tag == (FREE_TAG ^ (uintptr_t)p)) {
		/* The tag could be user data; the slab's free list decides. */
		for (struct free_block *f = r->free; f; f = f->next)
			if (f == b)
				corrupt("double free of", p);
	}
	return r;
}

size_t __malloc_capacity(void *p)
{
	struct region *r = region_of(p);
	if (r->cls == LARGE)
		return r->npages * PAGE - HEADER;
	return class_size[r->cls];
}

void free(void *p)
{
	if (!p || !__sys_available())
		return;
	struct region *r = region_of(p);
	if (r->cls == LARGE) {
		drop_region(r);
		return;
	}
	struct free_block *b = p;
	b->next = r->free;
	b->tag = FREE_TAG ^ (uintptr_t)p;
	r->free = b;
	if (r->used-- == blocks_per_slab(r->cls))
		link_partial(r);
	/* An empty slab goes back unless it is the only one with room, which
	 * keeps a malloc/free loop from fetching and returning pages each time. */
	if (!r->used && (r->pnext || r->pprev)) {
		unlink_partial(r);
		drop_region(r);
	}
}

void __malloc_release_all(void)
{
	for (size_t i = 0; i < table_cap; i++) {
		struct region *r = (struct region *)table[i];
		if (table[i] > TOMB && r->magic == MAGIC) {
			r->magic = 0;
			__sys_pages_free(r, r->npages);
		}
		/* A trampled header is leaked rather than trusted. */
	}
	if (table)
		__sys_pages_free(table, table_cap * sizeof *table / PAGE);
	table = 0;
	table_cap = table_used = table_live = 0;
	memset(partial, 0, sizeof partial);
}
