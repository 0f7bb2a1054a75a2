/* make bench, host part: the exp/log/pow family and its float versions
 * against glibc's, side by side in one run (ns per call, better of nine
 * runs each, as the machine may be shared), on fixed pseudo-random
 * arguments: the ranges of host_math.c, and a few more. */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <time.h>
#include "ul_math.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define N 4096
#define REPS 6
#define RUNS 9
static double a[N], b[N];
static float af[N], bf[N];
typedef double (*d1)(double);
typedef double (*d2)(double, double);
typedef float (*f1)(float);
typedef float (*f2)(float, float);

/* each: the better of RUNS runs of REPS passes over the N arguments */
static double t1(d1 volatile f)
{
	double best = 1e9, sink = 0;
	for (int k = 0; k < RUNS; k++) {
		double t0 = now();
		for (int r = 0; r < REPS; r++)
			for (int i = 0; i < N; i++)
				sink += f(a[i]);
		double t = now() - t0;
		best = t < best ? t : best;
	}
	return best / (REPS * N) * 1e9 + (sink == 1.2345 ? 1 : 0);
}

static double t2(d2 volatile f)
{
	double best = 1e9, sink = 0;
	for (int k = 0; k < RUNS; k++) {
		double t0 = now();
		for (int r = 0; r < REPS; r++)
			for (int i = 0; i < N; i++)
				sink += f(a[i], b[i]);
		double t = now() - t0;
		best = t < best ? t : best;
	}
	return best / (REPS * N) * 1e9 + (sink == 1.2345 ? 1 : 0);
}

static double tf1(f1 volatile f)
{
	double best = 1e9;
	float sink = 0;
	for (int k = 0; k < RUNS; k++) {
		double t0 = now();
		for (int r = 0; r < REPS; r++)
			for (int i = 0; i < N; i++)
				sink += f(af[i]);
		double t = now() - t0;
		best = t < best ? t : best;
	}
	return best / (REPS * N) * 1e9 + (sink == 1.2345f ? 1 : 0);
}

static double tf2(f2 volatile f)
{
	double best = 1e9;
	float sink = 0;
	for (int k = 0; k < RUNS; k++) {
		double t0 = now();
		for (int r = 0; r < REPS; r++)
			for (int i = 0; i < N; i++)
				sink += f(af[i], bf[i]);
		double t = now() - t0;
		best = t < best ? t : best;
	}
	return best / (REPS * N) * 1e9 + (sink == 1.2345f ? 1 : 0);
}

static uint64_t s = 0x9e3779b97f4a7c15ull;
static double uni(void)
{
	s ^= s << 13; s ^= s >> 7; s ^= s << 17;
	return (double)(s >> 11) * 0x1p-53;
}

static void row(const char *name, double tu, double tg)
{
	printf("bench: math %-14s %6.1f ns/call, glibc %5.1f ns: ratio %.2f\n", name, tu, tg, tu / tg);
}

int main(void)
{
	static const struct { const char *name, *namef; d1 ul, gl; f1 ulf, glf; double lo, hi; } fns[] = {
		{ "exp", "expf", ul_exp, exp, ul_expf, expf, -700, 700 },
		{ "exp(-80,80)", "expf(-80,80)", ul_exp, exp, ul_expf, expf, -80, 80 },
		{ "exp2", "exp2f", ul_exp2, exp2, ul_exp2f, exp2f, -120, 120 },
		{ "exp10", "exp10f", ul_exp10, exp10, ul_exp10f, exp10f, -35, 35 },
		{ "expm1", "expm1f", ul_expm1, expm1, ul_expm1f, expm1f, -2, 2 },
		{ "log", "logf", ul_log, log, ul_logf, logf, 1e-10, 1e10 },
		{ "log(0.5,2)", "logf(0.5,2)", ul_log, log, ul_logf, logf, 0.5, 2 },
		{ "log2", "log2f", ul_log2, log2, ul_log2f, log2f, 1e-10, 1e10 },
		{ "log10", "log10f", ul_log10, log10, ul_log10f, log10f, 1e-10, 1e10 },
		{ "log1p", "log1pf", ul_log1p, log1p, ul_log1pf, log1pf, -0.5, 2 },
	};
	for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
		for (int i = 0; i < N; i++) {
			a[i] = fns[k].lo + (fns[k].hi - fns[k].lo) * uni();
			af[i] = (float)a[i];
		}
		row(fns[k].name, t1(fns[k].ul), t1(fns[k].gl));
		row(fns[k].namef, tf1(fns[k].ulf), tf1(fns[k].glf));
	}
	/* pow: the arguments of host_math.c */
	for (int i = 0; i < N; i++) {
		a[i] = 0.01 + 100 * uni();
		s ^= s << 13; s ^= s >> 7; s ^= s << 17;
		b[i] = -30 + 60 * (double)((s >> 3) & 0xffffff) * 0x1p-24;
		af[i] = (float)a[i];
		bf[i] = (float)b[i];
	}
	row("pow", t2(ul_pow), t2(pow));
	row("powf", tf2(ul_powf), tf2(powf));
	return 0;
}
