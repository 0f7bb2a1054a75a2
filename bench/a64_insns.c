/* make bench-a64: instructions per call of each function of make bench on
 * aarch64, ours against glibc's (aarch64 Linux), counted under QEMU's user
 * mode, one instruction per translation block (bench/a64_insns.sh).  Not a
 * timing: QEMU's TCG runs each floating-point instruction as a call to a
 * soft-float routine, so its times are not a CPU's; the count is the
 * CPU-independent part of the comparison.
 *
 *   a64_insns list         the rows: double or float, the loop row of
 *                          their shape, and the name
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
/* the loop alone, one row per shape (one or two arguments, double or
 * float: the loop's own instructions differ), subtracted from the rows of
 * that shape by the script */
static double id1(double x) { return x; }
static double id2(double x, double y) { return x + y; }
static float idf1(float x) { return x; }
static float idf2(float x, float y) { return x + y; }
#define ROW_D1(label, fn, a, b) { label, .ul1 = ul_##fn, .gl1 = fn, .lo = a, .hi = b },
#define ROW_D2(label, fn) { label, .ul2 = ul_##fn, .gl2 = fn },
#define ROW_F1(label, fn, a, b) { label, .ulf1 = ul_##fn, .glf1 = fn, .lo = a, .hi = b },
#define ROW_F2(label, fn) { label, .ulf2 = ul_##fn, .glf2 = fn },
static const struct row rows[] = {
	{ "id", .ul1 = id1, .gl1 = id1, .lo = 0, .hi = 1 },
	{ "id2", .ul2 = id2, .gl2 = id2 },
	{ "idf", .ulf1 = idf1, .glf1 = idf1, .lo = 0, .hi = 1 },
	{ "idf2", .ulf2 = idf2, .glf2 = idf2 },
	DOUBLE_FNS(ROW_D1) DOUBLE_FNS2(ROW_D2) FLOAT_FNS(ROW_F1) FLOAT_FNS2(ROW_F2)
};

volatile double sink;

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "list")) {
		for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
			const struct row *r = &rows[i];
			printf("%s %s %s\n", r->ulf1 || r->ulf2 ? "float" : "double",
			       r->ul1 ? "id" : r->ul2 ? "id2" : r->ulf1 ? "idf" : "idf2", r->name);
		}
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
			double a, b = 0;
			bench_args(r->ul2 || r->ulf2, r->lo, r->hi, &a, &b);
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
