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
	double tail = h * h * h * (1.0 / 6 + h * (1.0 / 24 + h * (1.0 / 120 + h * (1.0 / 720 +
		h * (1.0 / 5040 + h * (1.0 / 40320))))));
	return __dd_add_d(__dd_add(r, r2), tail);
}

int __exp_core(__dd a, __dd *res)
{
	double t = a.hi * (64 / LN2D_HI);
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
