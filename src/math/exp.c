/* exp, exp2, exp10, expm1: e^r on a double-double argument, reduced by
 * multiples of ln2/64 (table of 2^(j/64)) to |r| < 0.0055, where a short
 * series is enough for about 2^-80 relative error. */
#include <errno.h>
#include "../internal/math_impl.h"

/* e^r - 1 = r + r^2/2 + r^3 (1/6 + r/24 + ...) for |r| < 0.0055 */
static __dd expm1_poly(__dd r)
{
	double h = r.hi;
	__dd r2 = __two_prod(h, h);
	r2.lo += 2 * h * r.lo;
	r2.hi *= 0.5;
	r2.lo *= 0.5;
	double tail = h * h * h * (0x1.5555555555555p-3 + h * (0x1.5555555555555p-5 + h * (0x1.1111111111111p-7 + h * (0x1.6c16c16c16c17p-10 +
		h * (0x1.a01a01a01a01ap-13 + h * (0x1.a01a01a01a01ap-16))))));
	return __dd_add_d(__dd_add(r, r2), tail);
}

int __exp_core(__dd a, __dd *res)
{
	double t = a.hi * (0x1.71547652b82fep+6);
	int kk = (int)(t < 0 ? t - 0.5 : t + 0.5);
	/* r = a - kk * ln2/64: kk * LN2_64_HI is exact and so is the subtraction */
	__dd r = __two_sum(a.hi - kk * LN2_64_HI, a.lo);
	r = __dd_add(r, __two_prod(-(double)kk, LN2_64_LO));
	int j = kk & 63, k = (kk - j) / 64;
	__dd p = expm1_poly(r);
	__dd T = { __math_exp2_64[j][0], __math_exp2_64[j][1] };
	*res = __dd_add(T, __dd_mul(T, p));
	return k;
}

/* 2^k * (r.hi + r.lo) rounded once, r finite and nonzero. */
double __exp_finish(int k, __dd r)
{
	/* bring |r| into [1, 2) */
	if (r.hi == 0 || !__builtin_isfinite(r.hi))
		return r.hi;
	int e = ilogb(r.hi);   /* callers' r are within [2^-20, 4] */
	if (e) {
		double s = __pow2(-e);
		r.hi *= s;
		r.lo *= s;
		k += e;
	}
	if (k >= -1022) {
		if (k > 1023)
			return __math_oflow(r.hi < 0);
		volatile double y = r.hi * __pow2(k);
		if (__builtin_isinf(y))
			errno = ERANGE;
		return y;
	}
	int neg = r.hi < 0;
	if (k < -1080)
		return __math_uflow(neg);
	if (neg) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	/* Subnormal range: scale so that one unit is 2^-1074 and round the
	 * integer part by hand, to nearest, ties to even. */
	int s = k + 1074;
	double vh = r.hi * __pow2(s), vl = r.lo * __pow2(s);
	double ip = floor(vh);
	double f = (vh - ip) + vl;
	int odd = (int)((uint64_t)ip & 1);
	if (f > 0.5 || (f == 0.5 && odd))
		ip += 1;
	else if (f < -0.5 || (f == -0.5 && odd))
		ip -= 1;
	double y = ip * 0x1p-1074;
	if (y == 0)
		return __math_uflow(neg);
	volatile double t = 0x1p-1022;
	t = t * 0x1p-60;   /* underflow and inexact */
	return neg ? -y : y;
}

/* Fast path of e^(x + xl), |x| < 708, |xl| < 2^-40 or 0: the same
 * reduction in plain double, x = kk ln2/64 + rh + rl with rh exact; e^x =
 * 2^k T (1 + p), p = r + q(r); T rh exact by Dekker's product, the rest
 * rounded.  Error budget (absolute, on the value T e^r in [0.99, 2.03]
 * before the scaling by 2^k, |r| < 2^-7.5): rl from kk LN2_64_LO and its
 * 2^-99 truncation: 2^-80; q from the rounded r: 2^-68.5, its own roundings
 * 2^-67, truncation after r^7/5040: 2^-75; u = rl + q (|u| < 2^-15.9) and
 * T_hi u: 2^-69 + 2^-68; the four additions of the small terms (each
 * below 2^-14.9): 2^-66; the table: 2^-106.  Sum < 2^-64.5; the test uses
 * 2^-63, plus 2.05 xerr (xerr bounding the caller's error in x + xl).
 * Returns 0 when the test fails. */
/* e^(x + xl) ~ 2^k (hi + lo), lo the exact rounding error of hi, within
 * 2^-63 (absolute, before the scaling) as above. */
static double exp_fast_core(double x, double xl, double *lo, int *kp)
{
	double t = x * 0x1.71547652b82fep+6;   /* 64/ln2 */
	int kk = (int)(t < 0 ? t - 0.5 : t + 0.5);
	double rh = x - kk * LN2_64_HI;   /* exact, as in __exp_core */
	double rl = xl - kk * LN2_64_LO;
	double r = rh + rl;
	/* q = r^2/2 + ... + r^7/5040, by Estrin's scheme (shorter latency) */
	double r2 = r * r, r4 = r2 * r2;
	double q = r2 * ((0.5 + r * 0x1.5555555555555p-3) + r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7) +
		r4 * (0x1.6c16c16c16c17p-10 + r * 0x1.a01a01a01a01ap-13));
	int j = kk & 63;
	*kp = (kk - j) / 64;
	double th = __math_exp2_64[j][0], tl = __math_exp2_64[j][1];
	__dd P = __two_prod(th, rh);
	__dd S = __fast_two_sum(th, P.hi);
	double rest = (((P.lo + S.lo) + tl) + tl * r) + th * (rl + q);
	double hi = S.hi + rest;
	*lo = rest - (hi - S.hi);
	return hi;
}

int __exp_fast(double x, double xl, double xerr, double *res)
{
	double lo;
	int k;
	double hi = exp_fast_core(x, xl, &lo, &k);
	if (!__round_ok(hi, lo, 0x1p-63 + xerr * 2.05))
		return 0;
	*res = hi * __pow2(k);
	return 1;
}

/* e^x - 1 for 2^-54 <= |x| <= 40 in plain double: hi, *lo (its exact
 * rounding error) and *err bounding the error of hi + lo.  Below 2^-7.6:
 * x + x^2/2 (exact, Dekker) + x^3 (1/6 + ... + x^5/40320) (below 2^-17 |x|,
 * its roundings and truncation below 2^-66 |x|, the additions 2^-104 |x|).
 * Above: 2^k (h + l) - 1 from the exp fast core (within 2^(k-63)), the
 * subtraction of 1 exact (two_sum), the small terms' addition 2^-104 of
 * their size. */
double __expm1_fast(double x, double *lo, double *err)
{
	double ax = __builtin_fabs(x);
	if (ax < 0.005) {
		__dd P = __two_prod(x, x);
		double tail = x * P.hi * (0x1.5555555555555p-3 + x * (0x1.5555555555555p-5 + x * (0x1.1111111111111p-7 +
			x * (0x1.6c16c16c16c17p-10 + x * (0x1.a01a01a01a01ap-13 + x * 0x1.a01a01a01a01ap-16)))));
		__dd A = __fast_two_sum(x, 0.5 * P.hi);
		double rest = (0.5 * P.lo + A.lo) + tail;
		double hi = A.hi + rest;
		*lo = rest - (hi - A.hi);
		*err = ax * 0x1p-66;
		return hi;
	}
	double l;
	int k;
	double h = exp_fast_core(x, 0, &l, &k);
	double s = __pow2(k);
	h *= s;
	l *= s;
	__dd A = __two_sum(h, -1.0);
	double rest = A.lo + l;
	double hi = A.hi + rest;
	*lo = rest - (hi - A.hi);
	*err = 0x1p-63 * s + (__builtin_fabs(A.lo) + __builtin_fabs(l)) * 0x1p-52;
	return hi;
}

double exp(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0 ? x + x : 0.0;
	if (x > 710)
		return __math_oflow(0);
	if (x < -746)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	double y;
	if (__builtin_fabs(x) < 708 && __exp_fast(x, 0, 0, &y))
		return y;
	__dd r;
	int k = __exp_core((__dd){ x, 0 }, &r);
	return __exp_finish(k, r);
}

double exp2(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0 ? x + x : 0.0;
	if (x > 1025)
		return __math_oflow(0);
	if (x < -1080)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	if (x == trunc(x) && x >= -1022 && x <= 1023)
		return __pow2((int)x);   /* exact, no inexact */
	__dd r, a = __dd_mul_d((__dd){ LN2D_HI, LN2D_LO }, x);
	double y;
	if (__builtin_fabs(a.hi) < 708 && __exp_fast(a.hi, a.lo, __builtin_fabs(a.hi) * 0x1p-100, &y))
		return y;
	int k = __exp_core(a, &r);
	return __exp_finish(k, r);
}

double exp10(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0 ? x + x : 0.0;
	if (x > 310)
		return __math_oflow(0);
	if (x < -330)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-56)
		return 1.0 + x;
	__dd r, a = __dd_mul_d((__dd){ LN10D_HI, LN10D_LO }, x);
	double y;
	if (__builtin_fabs(a.hi) < 708 && __exp_fast(a.hi, a.lo, __builtin_fabs(a.hi) * 0x1p-100, &y))
		return y;
	int k = __exp_core(a, &r);
	return __exp_finish(k, r);
}

/* e^x - 1 as a double-double, for 2^-54 <= |x| <= 40. */
__dd __expm1_core(double x)
{
	/* small: the series itself, for 1 + p in double-double would keep
	 * only 2^-106 of absolute precision */
	if (__builtin_fabs(x) < 0.005)
		return expm1_poly((__dd){ x, 0 });
	__dd r;
	int k = __exp_core((__dd){ x, 0 }, &r);
	double s = __pow2(k);
	r.hi *= s;
	r.lo *= s;
	return __dd_add_d(r, -1.0);
}

double expm1(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0 ? x + x : -1.0;
	if (x > 710)
		return __math_oflow(0);
	if (x < -40) {
		volatile double t = 0x1p-60;
		return t - 1.0;
	}
	if (__builtin_fabs(x) < 0x1p-54) {
		return __math_tiny(x);
	}
	if (x > 40) {
		__dd r;
		int k = __exp_core((__dd){ x, 0 }, &r);
		if (k < 100)
			r = __dd_add_d(r, -__pow2(-k));
		return __exp_finish(k, r);
	}
	double lo, err, hi = __expm1_fast(x, &lo, &err);
	if (__round_ok(hi, lo, err))
		return hi;
	return __expm1_core(x).hi;
}

float expf(float x) { return __math_narrow_uflow(exp(x)); }
float exp2f(float x) { return __math_narrow_uflow(exp2(x)); }
float exp10f(float x) { return __math_narrow_uflow(exp10(x)); }
float expm1f(float x) { return __math_narrow(expm1(x)); }
long double expl(long double x) { return exp((double)x); }
long double exp2l(long double x) { return exp2((double)x); }
long double exp10l(long double x) { return exp10((double)x); }
long double expm1l(long double x) { return expm1((double)x); }
