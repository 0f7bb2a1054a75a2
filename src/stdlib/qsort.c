/* Introsort: quicksort (median of three, or Tukey's ninther on large
 * ranges; Hoare partition, which splits runs of equal keys evenly), with
 * insertion sort for short ranges and heapsort once the recursion goes
 * deeper than 2 log2 n, so the worst case stays O(n log n) comparisons.
 * Recursion only on the smaller part: the stack depth is O(log n).  Not
 * stable.  Elements are swapped in place, in whole words when the size and
 * the base allow, so there is no size limit and no allocation. */
#include <stdint.h>
#include <stdlib.h>
#include "../internal/word.h"

typedef int (*cmp_fn)(const void *, const void *);

typedef uint32_t __attribute__((__may_alias__)) u32a;
typedef uint64_t __attribute__((__may_alias__)) u64a;

struct ctx {
	size_t size;
	cmp_fn cmp;
	int kind;                  /* 4 or 8: aligned words of that size */
};

static void swap_words(char *a, char *b, size_t n)
{
	for (; n >= __WSIZE; n -= __WSIZE, a += __WSIZE, b += __WSIZE) {
		size_t t = *(__uword *)a;
		*(__uword *)a = *(__uword *)b;
		*(__uword *)b = t;
	}
	for (; n; n--, a++, b++) {
		char t = *a;
		*a = *b;
		*b = t;
	}
}

#define AT(i) (base + (i) * c->size)
#define SWAP(i, j) swap(AT(i), AT(j), c)

static inline void swap(char *a, char *b, const struct ctx *c)
{
	if (c->kind == 4) {
		uint32_t t = *(u32a *)a;
		*(u32a *)a = *(u32a *)b;
		*(u32a *)b = t;
	} else if (c->kind == 8) {
		uint64_t t = *(u64a *)a;
		*(u64a *)a = *(u64a *)b;
		*(u64a *)b = t;
	} else
		swap_words(a, b, c->size);
}
#define CMP(i, j) c->cmp(AT(i), AT(j))

static void insertion(char *base, size_t n, const struct ctx *c)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && CMP(j - 1, j) > 0; j--)
			SWAP(j - 1, j);
}

static void sift(char *base, size_t root, size_t n, const struct ctx *c)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && CMP(child, child + 1) < 0)
			child++;
		if (CMP(root, child) >= 0)
			return;
		SWAP(root, child);
		root = child;
	}
}

/* Floyd's bottom-up sort-down: the larger child all the way to a leaf (one
 * comparison a level), then back up to where the root's element belongs,
 * and the path rotated; about n log2 n comparisons instead of 2 n log2 n. */
static void heapsort(char *base, size_t n, const struct ctx *c)
{
	size_t path[8 * sizeof(size_t)];
	for (size_t i = n / 2; i-- > 0;)
		sift(base, i, n, c);
	for (size_t end = n - 1; end > 0; end--) {
		SWAP(0, end);
		size_t j = 0;
		while (2 * j + 2 < end) {
			j = 2 * j + 1;
			if (CMP(j, j + 1) < 0)
				j++;
		}
		if (2 * j + 1 < end)
			j = 2 * j + 1;
		while (j && CMP(0, j) > 0)
			j = (j - 1) / 2;
		int k = 0;
		for (size_t p = j; p; p = (p - 1) / 2)
			path[k++] = p;
		for (size_t prev = 0; k > 0; k--) {
			SWAP(prev, path[k - 1]);
			prev = path[k - 1];
		}
	}
}

static size_t median3(char *base, size_t a, size_t b, size_t m, const struct ctx *c)
{
	if (CMP(a, b) < 0) {
		if (CMP(b, m) < 0)
			return b;
		return CMP(a, m) < 0 ? m : a;
	}
	if (CMP(a, m) < 0)
		return a;
	return CMP(b, m) < 0 ? m : b;
}

static void sort(char *base, size_t n, int depth, const struct ctx *c)
{
	while (n > 12) {
		if (depth-- == 0) {
			heapsort(base, n, c);
			return;
		}
		size_t mid = n / 2, last = n - 1, p;
		if (n > 128) {
			size_t s = n / 8;
			p = median3(base, median3(base, 0, s, 2 * s, c), median3(base, mid - s, mid, mid + s, c),
				    median3(base, last - 2 * s, last - s, last, c), c);
		} else
			p = median3(base, 0, mid, last, c);
		if (p)
			SWAP(0, p);
		/* [1, i) <= pivot, (j, n) >= pivot; the bounds keep an
		 * inconsistent comparison function inside the array. */
		size_t i = 1, j = last;
		for (;;) {
			while (i <= j && CMP(i, 0) < 0)
				i++;
			while (j >= i && CMP(j, 0) > 0)
				j--;
			if (i >= j)
				break;
			SWAP(i, j);
			i++;
			j--;
		}
		if (j)
			SWAP(0, j);
		/* Sort the smaller side by recursion, the larger by looping. */
		if (j < n - j - 1) {
			sort(base, j, depth, c);
			base = AT(j + 1);
			n = n - j - 1;
		} else {
			sort(AT(j + 1), n - j - 1, depth, c);
			n = j;
		}
	}
	insertion(base, n, c);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	struct ctx c = { size, cmp, 0 };
	int depth = 0;
	if (n < 2 || !size)
		return;
	if (size == 4 && !((uintptr_t)base & 3))
		c.kind = 4;
	else if (size == 8 && !((uintptr_t)base & 7))
		c.kind = 8;
	for (size_t k = n; k > 1; k >>= 1)
		depth += 2;
	sort(base, n, depth, &c);
}
