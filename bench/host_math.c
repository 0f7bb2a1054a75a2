/* make bench, host part: <math.h> throughput against glibc's, side by side
 * in one run, as ratios (library time / glibc time; below 1 is faster), on
 * fixed pseudo-random arguments in each function's usual range. */
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
static double args[N], args2[N];

typedef double (*d1)(double);
typedef double (*d2)(double, double);
static const struct { const char *name; d1 ul, gl; double lo, hi; } fns[] = {
	{ "sin", ul_sin, sin, -10, 10 }, { "cos", ul_cos, cos, -10, 10 }, { "tan", ul_tan, tan, -10, 10 },
	{ "sin(1e300..)", ul_sin, sin, 1e300, 1e301 }, { "asin", ul_asin, asin, -1, 1 },
	{ "atan", ul_atan, atan, -10, 10 }, { "exp", ul_exp, exp, -700, 700 }, { "expm1", ul_expm1, expm1, -2, 2 },
	{ "log", ul_log, log, 1e-10, 1e10 }, { "log1p", ul_log1p, log1p, -0.5, 2 }, { "sinh", ul_sinh, sinh, -5, 5 },
	{ "tanh", ul_tanh, tanh, -5, 5 }, { "cbrt", ul_cbrt, cbrt, -100, 100 }, { "erf", ul_erf, erf, -3, 3 },
	{ "tgamma", ul_tgamma, tgamma, 0.1, 50 }, { "lgamma", ul_lgamma, lgamma, 0.1, 50 },
	{ "sqrt", ul_sqrt, sqrt, 0, 1e10 }, { "floor", ul_floor, floor, -1e6, 1e6 }, { "rint", ul_rint, rint, -1e6, 1e6 },
};
static const struct { const char *name; d2 ul, gl; } fns2[] = {
	{ "pow", ul_pow, pow }, { "atan2", ul_atan2, atan2 }, { "hypot", ul_hypot, hypot }, { "fmod", ul_fmod, fmod },
};

/* float functions (mathb's), against glibc's float versions */
typedef float (*f1)(float);
typedef float (*f2)(float, float);
static float fargs[N], fargs2[N];
static const struct { const char *name; f1 ul, gl; float lo, hi; } fnsf[] = {
	{ "sinf", ul_sinf, sinf, -10, 10 }, { "cosf", ul_cosf, cosf, -10, 10 }, { "tanf", ul_tanf, tanf, -10, 10 },
	{ "asinf", ul_asinf, asinf, -1, 1 }, { "acosf", ul_acosf, acosf, -1, 1 }, { "atanf", ul_atanf, atanf, -10, 10 },
	{ "sinhf", ul_sinhf, sinhf, -5, 5 }, { "coshf", ul_coshf, coshf, -5, 5 }, { "tanhf", ul_tanhf, tanhf, -5, 5 },
};

static double timef1(f1 volatile f, int reps)
{
	float sink = 0;
	double t0 = now();
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < N; i++)
			sink += f(fargs[i]);
	double t = now() - t0;
	return t + (sink == 12345.678f ? 1 : 0);
}

static double timef2(f2 volatile f, int reps)
{
	float sink = 0;
	double t0 = now();
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < N; i++)
			sink += f(fargs[i], fargs2[i]);
	double t = now() - t0;
	return t + (sink == 12345.678f ? 1 : 0);
}

static double time1(d1 volatile f, int reps)
{
	double sink = 0, t0 = now();
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < N; i++)
			sink += f(args[i]);
	double t = now() - t0;
	return t + (sink == 12345.678 ? 1 : 0);
}

static double time2(d2 volatile f, int reps)
{
	double sink = 0, t0 = now();
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < N; i++)
			sink += f(args[i], args2[i]);
	double t = now() - t0;
	return t + (sink == 12345.678 ? 1 : 0);
}

int main(void)
{
	uint64_t s = 0x9e3779b97f4a7c15ull;
	const int reps = 50;
	for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
		for (int i = 0; i < N; i++) {
			s ^= s << 13; s ^= s >> 7; s ^= s << 17;
			args[i] = fns[k].lo + (fns[k].hi - fns[k].lo) * ((double)(s >> 11) * 0x1p-53);
		}
		double tu = time1(fns[k].ul, reps), tg = time1(fns[k].gl, reps);
		printf("bench: math %-13s %6.1f ns/call, glibc %5.1f ns: ratio %.2f\n", fns[k].name,
		       tu / (reps * N) * 1e9, tg / (reps * N) * 1e9, tu / tg);
	}
	for (size_t k = 0; k < sizeof fns2 / sizeof *fns2; k++) {
		for (int i = 0; i < N; i++) {
			s ^= s << 13; s ^= s >> 7; s ^= s << 17;
			args[i] = 0.01 + 100 * (double)(s >> 11) * 0x1p-53;
			args2[i] = -30 + 60 * (double)((s >> 3) & 0xffffff) * 0x1p-24;
		}
		double tu = time2(fns2[k].ul, reps), tg = time2(fns2[k].gl, reps);
		printf("bench: math %-13s %6.1f ns/call, glibc %5.1f ns: ratio %.2f\n", fns2[k].name,
		       tu / (reps * N) * 1e9, tg / (reps * N) * 1e9, tu / tg);
	}
	for (size_t k = 0; k < sizeof fnsf / sizeof *fnsf; k++) {
		for (int i = 0; i < N; i++) {
			s ^= s << 13; s ^= s >> 7; s ^= s << 17;
			fargs[i] = fnsf[k].lo + (fnsf[k].hi - fnsf[k].lo) * (float)((double)(s >> 11) * 0x1p-53);
		}
		double tu = timef1(fnsf[k].ul, reps), tg = timef1(fnsf[k].gl, reps);
		printf("bench: math %-13s %6.1f ns/call, glibc %5.1f ns: ratio %.2f\n", fnsf[k].name,
		       tu / (reps * N) * 1e9, tg / (reps * N) * 1e9, tu / tg);
	}
	for (int i = 0; i < N; i++) {
		s ^= s << 13; s ^= s >> 7; s ^= s << 17;
		fargs[i] = (float)(-10 + 20 * (double)(s >> 11) * 0x1p-53);
		fargs2[i] = (float)(-10 + 20 * (double)((s >> 3) & 0xffffff) * 0x1p-24);
	}
	double tu = timef2(ul_atan2f, reps), tg = timef2(atan2f, reps);
	printf("bench: math %-13s %6.1f ns/call, glibc %5.1f ns: ratio %.2f\n", "atan2f",
	       tu / (reps * N) * 1e9, tg / (reps * N) * 1e9, tu / tg);
	return 0;
}
