/* make bench, host part: <math.h> throughput against glibc's, side by side
 * in one run, as ratios (library time / glibc time; below 1 is faster), on
 * fixed pseudo-random arguments in each function's usual range; the float
 * functions against glibc's float functions.  Then the geometric mean of
 * the double functions' ratios, and per function the share of calls that
 * left the fast path for the accurate one (counted by MATH_SLOW in a build
 * with -DUL_MATH_STATS, see tests/host/host.mk; "-" for a function that
 * has no such counter).  A row is one line of a list below.
 *
 * What is timed: throughput, as in a program's loop s += f(a[i]): the
 * calls are independent, only the sum depends on each result, so the CPU
 * overlaps consecutive calls and a function pays for its instructions, not
 * for its whole latency.  A function that makes its first instruction wait
 * for a register the caller last wrote (a false dependency: cvtss2sd,
 * cvtsi2sd and sqrtsd write only half of their register) turns that loop
 * into a chain through the sum and pays its full latency on every call;
 * this bench shows that (logf measured 19 ns here instead of 6 before the
 * library broke those dependencies, see src/arch/x86_64/arch_inline.h).
 * (bench/host_explog.c, which timed the exp/log family in a loop whose sum
 * went through memory three times per call, had a floor of about 6 ns per
 * call for every function, glibc's too, and hid both that and most of the
 * differences: it is gone; its functions are rows here.)
 *
 * The CPU the run started and ended on is printed: on the 2-CPU virtual
 * machine the figures in docs/math.md come from, CPU 0 is at times slowed
 * by its host (glibc's asin 6.5-7.5 ns in place of 3.6-4.2, every function
 * slower, the ratios changed both ways; docs/math.md, "The bench's two
 * modes"); a run pinned to one CPU (taskset -c 1) is comparable with
 * another. */
#define _GNU_SOURCE
#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "ul_math.h"

#include "math_fns.h"

/* The counters: weak, so that a missing one has address 0. */
#define DECL_COUNTER(label, fn, ...) extern unsigned long __math_slow_##fn __attribute__((weak));
DOUBLE_FNS(DECL_COUNTER) FLOAT_FNS(DECL_COUNTER)
#define DECL_COUNTER2(label, fn) DECL_COUNTER(label, fn)
DOUBLE_FNS2(DECL_COUNTER2) FLOAT_FNS2(DECL_COUNTER2)

typedef double (*d1)(double);
typedef double (*d2)(double, double);
typedef float (*f1)(float);
typedef float (*f2)(float, float);
struct row {
	const char *name;
	d1 ul1, gl1;
	d2 ul2, gl2;
	f1 ulf1, glf1;
	f2 ulf2, glf2;
	double lo, hi;
	unsigned long *slow;
};
#define ROW_D1(label, fn, a, b) { label, .ul1 = ul_##fn, .gl1 = fn, .lo = a, .hi = b, .slow = &__math_slow_##fn },
#define ROW_D2(label, fn) { label, .ul2 = ul_##fn, .gl2 = fn, .slow = &__math_slow_##fn },
#define ROW_F1(label, fn, a, b) { label, .ulf1 = ul_##fn, .glf1 = fn, .lo = a, .hi = b, .slow = &__math_slow_##fn },
#define ROW_F2(label, fn) { label, .ulf2 = ul_##fn, .glf2 = fn, .slow = &__math_slow_##fn },
static const struct row doubles[] = { DOUBLE_FNS(ROW_D1) DOUBLE_FNS2(ROW_D2) };
static const struct row floats[] = { FLOAT_FNS(ROW_F1) FLOAT_FNS2(ROW_F2) };

/* CPU time of this thread: on a machine shared with other processes, the
 * time they take the CPU away is not counted (their cache and memory
 * traffic still is). */
static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define N 4096
#define REPS 50
static double args[N], args2[N];
static float fargs[N], fargs2[N];

/* Seconds for REPS passes over the arguments with the library's function
 * (lib = 1) or glibc's. */
static double run(const struct row *r, int lib)
{
	d1 volatile a = lib ? r->ul1 : r->gl1;
	d2 volatile b = lib ? r->ul2 : r->gl2;
	f1 volatile c = lib ? r->ulf1 : r->glf1;
	f2 volatile d = lib ? r->ulf2 : r->glf2;
	double sink = 0, t0 = now();
	for (int k = 0; k < REPS; k++)
		for (int i = 0; i < N; i++) {
			if (a)
				sink += a(args[i]);
			else if (b)
				sink += b(args[i], args2[i]);
			else if (c)
				sink += c(fargs[i]);
			else
				sink += d(fargs[i], fargs2[i]);
		}
	double t = now() - t0;
	return t + (sink == 12345.678 ? 1 : 0);
}


static const char *only;   /* argv[1]: only the rows whose name starts with it */

/* Times every row of t; returns the sum of log(ratio). */
static size_t ran;   /* rows timed by the last table() */
static double table(const struct row *t, size_t n)
{
	ran = 0;
	double logsum = 0;
	for (size_t k = 0; k < n; k++) {
		const struct row *r = &t[k];
		if (only && strncmp(r->name, only, strlen(only)) != 0)
			continue;
		for (int i = 0; i < N; i++) {
			bench_args(r->ul2 || r->ulf2, r->lo, r->hi, &args[i], &args2[i]);
			fargs[i] = (float)args[i];
			fargs2[i] = (float)args2[i];
		}
		if (r->slow)
			*r->slow = 0;
		unsigned long calls = 3ul * REPS * N;
		/* the better of three alternated runs each: the machine may be shared */
		double tu = run(r, 1), tg = run(r, 0);
		for (int j = 0; j < 2; j++) {
			double u = run(r, 1), g = run(r, 0);
			tu = u < tu ? u : tu;
			tg = g < tg ? g : tg;
		}
		char rate[32] = "-";
		if (r->slow)
			snprintf(rate, sizeof rate, "%.3f%%", 100.0 * (double)*r->slow / (double)calls);
		printf("bench: math %-13s %6.1f ns/call, glibc %5.1f ns: ratio %5.2f  fallback %s\n", r->name,
		       tu / (REPS * N) * 1e9, tg / (REPS * N) * 1e9, tu / tg, rate);
		logsum += log(tu / tg);
		ran++;
	}
	return logsum;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		only = argv[1];
	int cpu0 = sched_getcpu();
	double l = table(doubles, sizeof doubles / sizeof *doubles);
	if (ran)
		printf("bench: math geometric mean of the %zu double ratios: %.2f (target <= 1.30)\n", ran, exp(l / ran));
	printf("bench: math float functions against glibc's float functions:\n");
	l = table(floats, sizeof floats / sizeof *floats);
	if (ran)
		printf("bench: math geometric mean of the %zu float ratios: %.2f\n", ran, exp(l / ran));
	printf("bench: math ran on CPU %d (start) and %d (end)\n", cpu0, sched_getcpu());
	return 0;
}
