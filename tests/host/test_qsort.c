/* qsort, bsearch, rand.
 *  - qsort on random, sorted, reverse, all-equal, organ-pipe, few-distinct
 *    and Musser's median-of-3-killer inputs, element sizes 1, 4, 8, 12,
 *    16, 24 and 100 bytes, aligned and not: the result must be sorted and
 *    a permutation of the input (both checked against glibc's qsort);
 *  - McIlroy's adversary ("A Killer Adversary for Quicksort", 1999), which
 *    builds the worst input for whatever the sort does while it runs: the
 *    comparison count must stay under 4 n log2 n (a quadratic sort needs
 *    n^2 / 2);
 *  - bsearch against glibc's; rand's first values equal those after
 *    srand(1), and stay in [0, RAND_MAX]. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ul.h"
#include "ul_strings.h"

static uint64_t rng = 0x853c49e6748fea9bull;
static uint64_t rnd(void) { return check_xorshift(&rng); }
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static size_t esize;
static unsigned long ncmp;

/* Keys: the first byte for 1-byte elements, else a 32-bit int at offset 0. */
static int key(const void *p)
{
	if (esize < 4)
		return *(const unsigned char *)p;
	int k;
	memcpy(&k, p, sizeof k);
	return k;
}

static int cmp_key(const void *a, const void *b)
{
	int x = key(a), y = key(b);
	ncmp++;
	return (x > y) - (x < y);
}

static int cmp_full(const void *a, const void *b)
{
	return memcmp(a, b, esize);
}

enum { RANDOM, SORTED, REVERSE, EQUAL, ORGAN, FEW, KILLER, NPAT };
static const char *patname[] = { "random", "sorted", "reverse", "equal", "organ-pipe", "few", "m3-killer" };

static int pattern(int pat, size_t i, size_t n)
{
	switch (pat) {
	case RANDOM: return (int)(rnd() >> 33) - (1 << 29);
	case SORTED: return (int)i;
	case REVERSE: return (int)(n - i);
	case EQUAL: return 7;
	case ORGAN: return (int)(i < n / 2 ? i : n - i);
	case FEW: return (int)rn(4);
	default: {
		/* Musser's median-of-3 killer (1-based i, n = 2k). */
		size_t k = n / 2, j = i + 1;
		if (j <= k)
			return (int)(j % 2 ? j : k + j - 1);
		return (int)(2 * (j - k));
	}
	}
}

static void one(int pat, size_t n, size_t size, size_t misalign)
{
	esize = size;
	unsigned char *mem = malloc(n * size + 16), *in = malloc(n * size + 1), *ref = malloc(n * size + 1);
	unsigned char *a = mem + misalign;
	for (size_t i = 0; i < n; i++) {
		unsigned char *e = in + i * size;
		for (size_t j = 0; j < size; j++)
			e[j] = (unsigned char)rnd();
		int k = pattern(pat, i, n);
		if (size < 4)
			e[0] = (unsigned char)k;
		else
			memcpy(e, &k, sizeof k);
	}
	memcpy(a, in, n * size);
	ul_qsort(a, n, size, cmp_key);
	int sorted = 1;
	for (size_t i = 1; i < n && sorted; i++)
		sorted = cmp_key(a + (i - 1) * size, a + i * size) <= 0;
	/* A permutation: the same multiset as the input. */
	memcpy(ref, in, n * size);
	qsort(ref, n, size, cmp_full);
	qsort(a, n, size, cmp_full);
	CHECK(sorted && !memcmp(a, ref, n * size), "qsort %s n=%zu size=%zu misalign=%zu: %s", patname[pat], n, size,
	      misalign, sorted ? "not a permutation" : "not sorted");
	free(mem);
	free(in);
	free(ref);
}

/* McIlroy's adversary: the items are indices into val; an item is "gas"
 * until the sort compares two gas items, then one of them freezes to the
 * next solid value, the one the sort seems to be using as a pivot. */
static int *val, gas, nsolid, candidate;

static int cmp_adv(const void *pa, const void *pb)
{
	int x = *(const int *)pa, y = *(const int *)pb;
	ncmp++;
	if (val[x] == gas && val[y] == gas) {
		if (x == candidate)
			val[x] = nsolid++;
		else
			val[y] = nsolid++;
	}
	if (val[x] == gas)
		candidate = x;
	else if (val[y] == gas)
		candidate = y;
	return (val[x] > val[y]) - (val[x] < val[y]);
}

static void adversary(size_t n)
{
	int *items = malloc(n * sizeof *items);
	val = malloc(n * sizeof *val);
	gas = (int)n;
	nsolid = 0;
	candidate = 0;
	for (size_t i = 0; i < n; i++) {
		items[i] = (int)i;
		val[i] = gas;
	}
	ncmp = 0;
	ul_qsort(items, n, sizeof *items, cmp_adv);
	double bound = 4.0 * (double)n * log2((double)n);
	int sorted = 1;
	for (size_t i = 1; i < n; i++)
		sorted &= val[items[i - 1]] <= val[items[i]];
	CHECK(sorted && ncmp <= bound, "adversary n=%zu: %lu comparisons, bound %.0f, sorted %d", n, ncmp, bound, sorted);
	printf("qsort: McIlroy adversary n=%zu: %lu comparisons = %.2f n log2 n\n", n, ncmp,
	       (double)ncmp / ((double)n * log2((double)n)));
	/* The same input replayed as fixed data (gas items as the largest). */
	int *fixed = malloc(n * sizeof *fixed);
	for (size_t i = 0; i < n; i++)
		fixed[i] = val[i];
	esize = 4;
	ncmp = 0;
	ul_qsort(fixed, n, sizeof *fixed, cmp_key);
	sorted = 1;
	for (size_t i = 1; i < n; i++)
		sorted &= fixed[i - 1] <= fixed[i];
	CHECK(sorted && ncmp <= bound, "adversary replay n=%zu: %lu comparisons", n, ncmp);
	free(fixed);
	free(items);
	free(val);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void searches(void)
{
	for (size_t n = 0; n < 200; n++) {
		int *a = malloc((n + 1) * sizeof *a);
		for (size_t i = 0; i < n; i++)
			a[i] = (int)(2 * i + 1 + (rn(3) == 0 && i ? 0 : 0));
		for (int k = -1; k <= (int)(2 * n + 2); k++) {
			int *u = ul_bsearch(&k, a, n, sizeof *a, cmp_int);
			int *g = bsearch(&k, a, n, sizeof *a, cmp_int);
			CHECK(u == g, "bsearch n=%zu key=%d", n, k);
		}
		/* with duplicates, any equal element will do */
		for (size_t i = 0; i < n; i++)
			a[i] = (int)(i / 3);
		for (int k = -1; k <= (int)(n / 3 + 1); k++) {
			int *u = ul_bsearch(&k, a, n, sizeof *a, cmp_int);
			int *g = bsearch(&k, a, n, sizeof *a, cmp_int);
			CHECK((u == 0) == (g == 0) && (!u || *u == k), "bsearch dup n=%zu key=%d", n, k);
		}
		free(a);
	}
}

static void randoms(void)
{
	int first[64];
	for (int i = 0; i < 64; i++)
		first[i] = ul_rand();
	ul_srand(1);
	int same = 1, inrange = 1;
	for (int i = 0; i < 64; i++)
		same &= ul_rand() == first[i];
	CHECK(same, "rand before srand equals srand(1)");
	ul_srand(2);
	int differ = 0;
	for (int i = 0; i < 64; i++)
		differ |= ul_rand() != first[i];
	CHECK(differ, "srand(2) gives another sequence");
	/* range and a rough balance of the top bit */
	unsigned long high = 0;
	int maxseen = 0;
	for (int i = 0; i < 1000000; i++) {
		int r = ul_rand();
		inrange &= r >= 0 && r <= 0x7fffffff;
		high += r >> 30;
		if (r > maxseen)
			maxseen = r;
	}
	CHECK(inrange && high > 490000 && high < 510000 && maxseen > 0x7ff00000, "rand range and spread (%lu)", high);
}

int main(void)
{
	static const size_t sizes[] = { 1, 4, 8, 12, 16, 24, 100 };
	static const size_t ns[] = { 0, 1, 2, 3, 7, 13, 50, 129, 1000, 20000 };
	for (int pat = 0; pat < NPAT; pat++)
		for (unsigned s = 0; s < sizeof sizes / sizeof *sizes; s++)
			for (unsigned k = 0; k < sizeof ns / sizeof *ns; k++) {
				if (sizes[s] >= 24 && ns[k] > 1000)
					continue;
				one(pat, ns[k], sizes[s], 0);
				if (ns[k] <= 1000)
					one(pat, ns[k], sizes[s], 1 + rn(7));
			}
	adversary(1000);
	adversary(100000);
	/* random n, random sizes */
	for (int i = 0; i < 300; i++)
		one(rn(NPAT), rn(3000), 1 + rn(40), rn(8));
	searches();
	randoms();
	return check_report("qsort");
}
