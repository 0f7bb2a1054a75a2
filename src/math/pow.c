/* pow: e^(y log x) with log x and the product carried as double-doubles,
 * so that the result is rounded once from about 2^-65 relative error. */
#include "../internal/math_explog.h"

/* 0: not an integer, 1: odd integer, 2: even integer. */
static int int_kind(double y)
{
	uint64_t u = __dbits(y);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	if (e < 0 || e == 1024)   /* 0 < |y| < 1, inf, NaN */
		return 0;
	if (e >= 53)
		return 2;
	uint64_t m = (u & ((1ull << 52) - 1)) | (1ull << 52);
	int fb = 52 - e;   /* fraction bits */
	if (m & ((1ull << fb) - 1))
		return 0;
	return (m >> fb) & 1 ? 1 : 2;
}

/* Fast path (docs/math.md): log |x| = lh + rest within lerr (the log
 * kernel), t = y (lh + rest) = th + tl (yh lh_a exact, the rest below
 * 2^-24 of it, error below 2^-76 |t| + |y| lerr), e^t by the exp kernel.
 * u: the bits of a positive normal double, |x| = 2^k0 u; 2^-900 <= |y| <
 * 2^64.  Returns 1 (*res set), 0 when e^t is out of the normal range or
 * tiny (the general code decides), -1 when the rounding test fails. */
static inline __attribute__((always_inline)) int pow_fast(uint64_t u, int k0, double y, double *res)
{
	double K, rest, lh = __log_kernel(u, k0, 0.0, 0, &rest, &K);
	double lerr = LOG_ERR(lh, K);
	double yh = __el_mask(y, 27), yl = y - yh;
	double lha = __el_mask(lh, 27), llo = (lh - lha) + rest;
	double ehi = yh * lha;                     /* exact: 26 + 26 bits */
	double elo = yl * lha + y * llo;           /* yl lha exact */
	double th = ehi + elo;
	double tl = elo - (th - ehi);              /* exact */
	double at = __builtin_fabs(th);
	if (!(at < 708.0 && at >= 0x1p-60)) {
		if (at < 0x1p-60) {
			/* |t| < 2^-60 (and >= 2^-953: no underflow): 1, inexact
			 * unless t = 0 */
			*res = 1.0 + th;
			return 1;
		}
		return 0;
	}
	double erest;
	int k;
	double hi = __exp_kernel(th, tl, &erest, &k);
	double r = __el_round(hi, erest, EXP_ERR + 2.03 * (__builtin_fabs(y) * lerr + at * 0x1p-76));
	if (r == 0.0)
		return -1;
	*res = r * __pow2(k);
	return 1;
}

/* |x|^y with the double-double cores (about 2^-65 relative), rounded once. */
static double pow_slow(double ax, double y, int neg)
{
	__dd l = __log_core(ax);
	if (ilogb(l.hi) + ilogb(y) < -900) {
		/* y log x negligible (and its products would underflow): 1, inexact */
		volatile double one = 1.0, t = 0x1p-80;
		return one + t * (l.hi < 0.0 ? -1 : 1) * (y < 0.0 ? -1 : 1);
	}
	__dd t = __two_prod(l.hi, y);
	t.lo += l.lo * y;
	t = __fast_two_sum(t.hi, t.lo);
	if (t.hi > 710.0)
		return __math_oflow(neg);
	if (t.hi < -746.0)
		return __math_uflow(neg);
	__dd r;
	int k = __exp_core(t, &r);
	if (neg) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return __exp_finish(k, r);
}

/* the fast path's range of y: 2^-900 <= |y| < 2^64 */
#define POW_Y_OK(uy) ((((uy) >> 52) & 0x7ff) - 123u < 964u)

double pow(double x, double y)
{
	uint64_t ux = __dbits(x), uy = __dbits(y);
	if (ux - 0x0010000000000000ull < 0x7fe0000000000000ull && POW_Y_OK(uy)) {
		double res;
		int f = pow_fast(ux, 0, y, &res);
		if (f > 0)
			return res;
		if (f < 0)
			MATH_SLOW(pow);
		return pow_slow(x, y, 0);
	}
	if (y == 0.0 || x == 1.0)
		return 1.0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x);
	int yk = int_kind(y);
	if (__builtin_isinf(y)) {
		if (ax == 1.0)
			return 1.0;
		return (ax > 1.0) == (y > 0.0) ? __builtin_inf() : 0.0;
	}
	int neg = __builtin_signbit(x) && yk == 1;
	if (__builtin_isinf(x)) {
		/* |x|^y is inf for y > 0, 0 for y < 0; the sign is -1 to an odd power */
		double r = y > 0.0 ? __builtin_inf() : 0.0;
		return neg ? -r : r;
	}
	if (x == 0.0) {
		if (y < 0.0)
			return __math_divzero(neg);
		return neg ? -0.0 : 0.0;
	}
	if (x < 0.0 && yk == 0)
		return __math_invalid(x);
	if (ax == 1.0)
		return neg ? -1.0 : 1.0;
	if (__builtin_fabs(y) > 0x1p64)
		return (ax > 1.0) == (y > 0.0) ? __math_oflow(neg) : __math_uflow(neg);
	if (POW_Y_OK(uy)) {
		uint64_t u = __dbits(ax);
		int k0 = 0;
		if (u < (1ull << 52)) {   /* subnormal */
			u = __dbits(ax * 0x1p52);
			k0 = -52;
		}
		double res;
		int f = pow_fast(u, k0, y, &res);
		if (f > 0)
			return neg ? -res : res;
		if (f < 0)
			MATH_SLOW(pow);
	}
	return pow_slow(ax, y, neg);
}

/* powf: for x > 0 and y log2 x in (-149, 127) (float results from the
 * smallest subnormal to below 2^127), in double, base 2 (docs/math.md,
 * "Session 7"): log2 x = A + p(r), A = k - log2(invc) rounded (from the
 * log2 table), r = z invc - 1 exact (the log tables), p of degree 6 for
 * log1p(r)/ln2 (Estrin): log2 x within 2^-48.8 of itself; t = y log2 x
 * within 2^-48.7 |t| (2^-41.5 for |t| < 149); kd = t rounded to 2^-7 by
 * adding 1.5 2^45, s = t - kd exact (|s| <= 2^-8), 2^s - 1 of degree 4
 * (within 2^-49.5), 2^(j/128) rounded to one double times 2^k: the result
 * within 2^-41.9 of x^y.  The rounding test asks for 2^-41 (2^13 units of
 * the double's last place from a float midpoint, or 2^-16 of the
 * subnormal spacing); otherwise (exact midpoints such as powf(4097, 2)
 * included) the double pow rounded to float. */
#define POWF_L1 0x1.71547652b82fep+0      /* 1/ln2 */
#define POWF_L2 -0x1.71547652b82fep-1     /* -1/(2 ln2) */
#define POWF_L3 0x1.ec709dc3a03fdp-2
#define POWF_L4 -0x1.71547652b82fep-2
#define POWF_L5 0x1.2776c50ef9bfep-2
#define POWF_L6 -0x1.ec709dc3a03fdp-3
#define POWF_E1 0x1.62e42fefa39efp-1      /* ln2 */
#define POWF_E2 0x1.ebfbdff82c58fp-3      /* ln2^2/2 */
#define POWF_E3 0x1.c6b08d704a0c0p-5
#define POWF_E4 0x1.3b2ab6fba4e77p-7
#define POWF_SHIFT 0x1.8p45                /* t + POWF_SHIFT rounds t to 2^-7 */

/* y within 2^-41 |y| of the exact normal float result: more than 2^13
 * units of y's last place from a float midpoint */
static inline __attribute__((always_inline)) int powf_ok(double y)
{
	return ((__dbits(y) - 0x10000000u + 0x2000u) & 0x1fffffffu) > 0x4000u;
}

/* the same below 2^-125, where the float spacing is 2^-149: y within
 * 2^-17 of that spacing, more than 2^-16 of it from a midpoint */
static inline __attribute__((always_inline)) int powf_sub_ok(double y)
{
	double v = y * 0x1p149;
	double d = v - ((v + EXP_SHIFT) - EXP_SHIFT);   /* exact */
	return __builtin_fabs(d) < 0.5 - 0x1p-16;
}

float powf(float x, float y)
{
	if (__fbits(x) - 1u < 0x7f7fffffu && (__fbits(y) & 0x7fffffffu) < 0x7f800000u) {
		double xd = __arch_f2d(x);
		uint64_t u = __dbits(xd), tmp = u - LOG_OFF;
		int i = (int)((tmp >> 45) & 127);
		double kd = __el_i2d((int64_t)tmp >> 52);
		double z = __dfrom(u - (tmp & (0xfffull << 52)));
		double r = z * __math_log_tab128[i][0] - 1.0;   /* exact */
		/* A = k - log2(invc) rounded: beside the series, not after it */
		double A = (kd + __math_log2_tab128[i][0]) + __math_log2_tab128[i][1];
		double r2 = r * r, r4 = r2 * r2;
		double l = ((A + r * POWF_L1) + r2 * (POWF_L2 + r * POWF_L3)) + r4 * ((POWF_L4 + r * POWF_L5) + r2 * POWF_L6);
		double t = __arch_f2d(y) * l;
		if (t < 127.0 && t > -149.0) {
			double ke = t + POWF_SHIFT;
			uint64_t ki = __dbits(ke);
			double s = t - (ke - POWF_SHIFT);        /* exact */
			double s2 = s * s;
			double q = (s * POWF_E1 + s2 * (POWF_E2 + s * POWF_E3)) + (s2 * POWF_E4) * s2;
			int j = (int)(ki & 127);
			/* 2^(j/128) within 2^-53 relative, times 2^k exactly (the
			 * result a normal double: 2^-150 < x^y < 2^127) */
			double Ts = (__math_exp_tab[j][0] + __math_exp_tab[j][1]) * __pow2((int32_t)(uint32_t)ki >> 7);
			double res = Ts + Ts * q;
			if (t > -125.0 ? powf_ok(res) : powf_sub_ok(res))
				return (float)res;
			MATH_SLOW(powf);
		} else if (t > 129.0) {
			/* x^y > 2^128.9 > FLT_MAX: overflow */
			return (float)__math_oflow(0);
		} else if (t < -151.0) {
			/* x^y < 2^-150.9: underflow to +0 */
			return (float)__math_uflow(0);
		}
	}
	return __math_narrow_uflow(pow(x, y));
}
long double powl(long double x, long double y) { return pow((double)x, (double)y); }
