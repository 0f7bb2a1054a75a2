/* make bench-a64: instructions per call of each function of make bench on
 * aarch64, ours against glibc's (aarch64 Linux), counted under QEMU's user
 * mode, one instruction per translation block (bench/a64_insns.sh).  Not a
 * timing: QEMU's TCG runs each floating-point instruction as a call to a
 * soft-float routine, so its times are not a CPU's; the count is the
 * CPU-independent part of the comparison.
 *
 *   a64_insns list         the rows: double or float, and the name
 *   a64_insns NAME LIB K   K calls of row NAME (LIB 1: ours, 0: glibc's)
 *                          on the arguments host_math uses (math_fns.h) */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ul_math.h"
#include "math_fns.h"

typedef double (*d1)(double);
typedef double (*d2)(double, double);
typedef float (*f1)(float);
typedef float (*f2)(float, float);
struct row { const char *name; d1 ul1, gl1; d2 ul2, gl2; f1 ulf1, glf1; f2 ulf2, glf2; double lo, hi; };
/* "id": the loop alone, subtracted from the others by the script */
static double id1(double x) { return x; }
#define ROW_D1(label, fn, a, b) { label, .ul1 = ul_##fn, .gl1 = fn, .lo = a, .hi = b },
#define ROW_D2(label, fn) { label, .ul2 = ul_##fn, .gl2 = fn },
#define ROW_F1(label, fn, a, b) { label, .ulf1 = ul_##fn, .glf1 = fn, .lo = a, .hi = b },
#define ROW_F2(label, fn) { label, .ulf2 = ul_##fn, .glf2 = fn },
static const struct row rows[] = {
	{ "id", .ul1 = id1, .gl1 = id1, .lo = 0, .hi = 1 },
	DOUBLE_FNS(ROW_D1) DOUBLE_FNS2(ROW_D2) FLOAT_FNS(ROW_F1) FLOAT_FNS2(ROW_F2)
};

static uint64_t seed = 0x9e3779b97f4a7c15ull;
static uint64_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

volatile double sink;

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "list")) {
		for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
			printf("%s %s\n", rows[i].ulf1 || rows[i].ulf2 ? "float" : "double", rows[i].name);
		return 0;
	}
	if (argc != 4)
		return 2;
	int lib = atoi(argv[2]);
	long k = atol(argv[3]);
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		const struct row *r = &rows[i];
		if (strcmp(r->name, argv[1]))
			continue;
		double s = 0;
		for (long n = 0; n < k; n++) {
			uint64_t u = next();
			double a, b = 0;
			if (r->ul2 || r->ulf2) {
				a = 0.01 + 100 * (double)(u >> 11) * 0x1p-53;
				b = -30 + 60 * (double)((u >> 3) & 0xffffff) * 0x1p-24;
			} else
				a = r->lo + (r->hi - r->lo) * ((double)(u >> 11) * 0x1p-53);
			if (r->ul1)
				s += (lib ? r->ul1 : r->gl1)(a);
			else if (r->ul2)
				s += (lib ? r->ul2 : r->gl2)(a, b);
			else if (r->ulf1)
				s += (lib ? r->ulf1 : r->glf1)((float)a);
			else
				s += (lib ? r->ulf2 : r->glf2)((float)a, (float)b);
		}
		sink = s;
		return 0;
	}
	fprintf(stderr, "a64_insns: no row %s\n", argv[1]);
	return 1;
}
