/* make bench, host part: the library's string functions and qsort against
 * glibc's, side by side in one run, as ratios (library time / glibc time;
 * targets: <= 2.0 for the string functions at every size, <= 1.5 for
 * qsort).  Each figure is the best of 41 alternated short runs (about a
 * millisecond each), to damp the noise of a shared machine.  The library side is what the firmware build
 * uses: src/arch/x86_64 (SSE2, rep movsb/stosb) where it replaces the
 * portable code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ul.h"
#include "ul_strings.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define MAXSZ (1 << 20)
static unsigned char *src, *dst, *cmpbuf;
static volatile unsigned long sink;

enum { MEMCPY, MEMSET, MEMCMP, STRLEN, STRCHR, NFN };
static const char *names[] = { "memcpy", "memset", "memcmp", "strlen", "strchr" };

struct fns {
	void *(*memcpy)(void *, const void *, size_t);
	void *(*memset)(void *, int, size_t);
	int (*memcmp)(const void *, const void *, size_t);
	size_t (*strlen)(const char *);
	char *(*strchr)(const char *, int);
};
static const struct fns lib = { ul_memcpy, ul_memset, ul_memcmp, ul_strlen, ul_strchr };
static const struct fns glibc = { memcpy, memset, memcmp, strlen, strchr };

static double run(const struct fns *volatile f, int fn, size_t size, long reps)
{
	unsigned long acc = 0;
	/* strings of size bytes before the NUL (strchr looks for a byte that
	 * is not there) */
	double t0 = now();
	for (long r = 0; r < reps; r++) {
		switch (fn) {
		case MEMCPY: f->memcpy(dst, src, size); break;
		case MEMSET: f->memset(dst, (int)r, size); break;
		case MEMCMP: acc += (unsigned)f->memcmp(src, cmpbuf, size); break;
		case STRLEN: acc += f->strlen((const char *)src); break;
		case STRCHR: acc += (uintptr_t)f->strchr((const char *)src, 'z'); break;
		}
	}
	double t = now() - t0;
	sink += acc;
	return t;
}

static void prepare(size_t size)
{
	for (size_t i = 0; i < size; i++)
		src[i] = (unsigned char)('a' + i % 25);    /* never 'z' */
	src[size] = 0;
	memcpy(cmpbuf, src, size + 1);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int main(void)
{
	static const size_t sizes[] = { 16, 256, 4096, MAXSZ };
	src = aligned_alloc(64, MAXSZ + 64);
	dst = aligned_alloc(64, MAXSZ + 64);
	cmpbuf = aligned_alloc(64, MAXSZ + 64);
	double worst = 0;
	for (int fn = 0; fn < NFN; fn++)
		for (unsigned s = 0; s < 4; s++) {
			size_t size = sizes[s];
			prepare(size);
			long reps = (long)(8000000 / (size + 64)) + 1;
			double best_u = 1e9, best_g = 1e9;
			for (int k = 0; k < 41; k++) {
				double u = run(&lib, fn, size, reps), g = run(&glibc, fn, size, reps);
				if (u < best_u) best_u = u;
				if (g < best_g) best_g = g;
			}
			double ratio = best_u / best_g;
			if (ratio > worst)
				worst = ratio;
			printf("bench: host %-6s %7zu B: %9.2f ns/call, glibc %9.2f ns/call, ratio %.2f (target <= 2.0)\n",
			       names[fn], size, best_u * 1e9 / reps, best_g * 1e9 / reps, ratio);
		}
	printf("bench: host string functions: worst ratio %.2f\n", worst);

	const size_t n = 1000000;
	int *orig = malloc(n * sizeof *orig), *a = malloc(n * sizeof *a);
	uint64_t x = 88172645463325252ull;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		orig[i] = (int)(x >> 33);
	}
	void (*volatile q_lib)(void *, size_t, size_t, int (*)(const void *, const void *)) = ul_qsort;
	void (*volatile q_glibc)(void *, size_t, size_t, int (*)(const void *, const void *)) = qsort;
	double bu = 1e9, bg = 1e9;
	for (int k = 0; k < 5; k++) {
		memcpy(a, orig, n * sizeof *a);
		double t0 = now();
		q_lib(a, n, sizeof *a, cmp_int);
		double u = now() - t0;
		for (size_t i = 1; i < n; i++)
			if (a[i - 1] > a[i]) {
				printf("bench: qsort did not sort\n");
				return 1;
			}
		memcpy(a, orig, n * sizeof *a);
		t0 = now();
		q_glibc(a, n, sizeof *a, cmp_int);
		double g = now() - t0;
		if (u < bu) bu = u;
		if (g < bg) bg = g;
	}
	printf("bench: host qsort 1M ints: %.1f ms, glibc %.1f ms, ratio %.2f (target <= 1.5)\n", bu * 1e3, bg * 1e3,
	       bu / bg);
	free(orig);
	free(a);
	return 0;
}
