/* exp, exp2, exp10, expm1: e^r on a double-double argument, reduced by
 * multiples of ln2/64 (table of 2^(j/64)) to |r| < 0.0055, where a short
 * series is enough for about 2^-80 relative error. */
#include <errno.h>
#include "../internal/math_explog.h"

/* e^r - 1 = r + r^2/2 + r^3 (1/6 + r/24 + ...) for |r| < 0.0055 */
static __dd expm1_poly(__dd r)
{
	double h = r.hi;
	__dd r2 = __two_prod(h, h);
	r2.lo += 2.0 * h * r.lo;
	r2.hi *= 0.5;
	r2.lo *= 0.5;
	double tail = h * h * h * (0x1.5555555555555p-3 + h * (0x1.5555555555555p-5 + h * (0x1.1111111111111p-7 + h * (0x1.6c16c16c16c17p-10 +
		h * (0x1.a01a01a01a01ap-13 + h * (0x1.a01a01a01a01ap-16))))));
	return __dd_add_d(__dd_add(r, r2), tail);
}

int __exp_core(__dd a, __dd *res)
{
	double t = a.hi * (0x1.71547652b82fep+6);
	int kk = (int)(t < 0.0 ? t - 0.5 : t + 0.5);
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
	if (r.hi == 0.0 || !__builtin_isfinite(r.hi))
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
			return __math_oflow(r.hi < 0.0);
		volatile double y = r.hi * __pow2(k);
		if (__builtin_isinf(y))
			errno = ERANGE;
		return y;
	}
	int neg = r.hi < 0.0;
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
		ip += 1.0;
	else if (f < -0.5 || (f == -0.5 && odd))
		ip -= 1.0;
	double y = ip * 0x1p-1074;
	if (y == 0.0)
		return __math_uflow(neg);
	volatile double t = 0x1p-1022;
	t = t * 0x1p-60;   /* underflow and inexact */
	return neg ? -y : y;
}

/* Fast path of e^(x + xl) (|x| < 708, |xl| <= 2^-40): the kernel of
 * math_explog.h, within EXP_ERR + 2.03 xerr before the scaling by 2^k. */
int __exp_fast(double x, double xl, double xerr, double *res)
{
	double rest;
	int k;
	double hi = __exp_kernel(x, xl, &rest, &k);
	double y = __el_round(hi, rest, EXP_ERR + 0x1p-70 + xerr * 2.03);
	if (y == 0.0)
		return 0;
	*res = y * __pow2(k);
	return 1;
}

/* e^x - 1 for 2^-54 <= |x| <= 40 in plain double: hi, *lo (its exact
 * rounding error) and *err bounding the error of hi + lo (docs/math.md).
 * Below 2^-7: x + x^2/2 (x^2/2 = xa^2/2 exact + the cross terms) + a
 * degree-8 series; above: the exp kernel, 2^k hi - 1 exact (two_sum). */
#define EM1_C3 0x1.5555555555555p-3
#define EM1_C4 0x1.5555555555555p-5
#define EM1_C5 0x1.1111111111111p-7
#define EM1_C6 0x1.6c16c16c16c17p-10
#define EM1_C7 0x1.a01a01a01a01ap-13
#define EM1_C8 0x1.a01a01a01a01ap-16
static inline __attribute__((always_inline)) double expm1_fast(double x, double *rest, double *err)
{
	if (__builtin_fabs(x) < 0x1p-7) {
		double xa = __el_mask(x, 27), xb = x - xa;
		double Q = 0.5 * (xa * xa);               /* exact */
		double hi = x + Q;
		double lo = Q - (hi - x);                 /* exact */
		double x2 = x * x;
		double p = x * x2 * ((EM1_C3 + x * EM1_C4) + x2 * (EM1_C5 + x * EM1_C6) +
			(x2 * x2) * (EM1_C7 + x * EM1_C8));
		*rest = lo + (0.5 * (xb * (x + xa)) + p);
		*err = __builtin_fabs(hi) * 0x1p-66;
		return hi;
	}
	double r;
	int k;
	double h = __exp_kernel(x, 0.0, &r, &k);
	double s = __pow2(k);
	h *= s;
	r *= s;
	__dd A = __two_sum(h, -1.0);
	double rest2 = A.lo + r;
	*rest = rest2;
	*err = s * (EXP_ERR + 0x1p-70) + __builtin_fabs(rest2) * 0x1p-52;
	return A.hi;
}

double __expm1_fast(double x, double *lo, double *err)
{
	double rest, hi = expm1_fast(x, &rest, err);
	double h = hi + rest;
	*lo = rest - (h - hi);
	*err += __builtin_fabs(h) * 0x1p-104;
	return h;
}

static double exp_slow(__dd a)
{
	__dd r;
	int k = __exp_core(a, &r);
	return __exp_finish(k, r);
}

double exp(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| < 708 (normal results) */
	if (ax - 0x3c90000000000000ull < 0x4086200000000000ull - 0x3c90000000000000ull) {
		double rest;
		int k;
		double hi = __exp_kernel(x, 0.0, &rest, &k);
		double y = __el_round(hi, rest, EXP_ERR);
		if (y != 0.0)
			return y * __pow2(k);
		MATH_SLOW(exp);
		return exp_slow((__dd){ x, 0.0 });
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 710.0)
		return __math_oflow(0);
	if (x < -746.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	return exp_slow((__dd){ x, 0.0 });
}

/* e^(x C) for exp2 and exp10: x C = xh + xl within 2^-75.5 |x C|, then the
 * exp kernel with that error; 0 when the rounding test fails. */
static inline __attribute__((always_inline)) double exp_scaled(double xh, double xl)
{
	double rest;
	int k;
	double hi = __exp_kernel(xh, xl, &rest, &k);
	double y = __el_round(hi, rest, EXP_ERR + __builtin_fabs(xh) * 0x1.8p-75);
	return y * __pow2(k);
}

/* 2^x = 2^(kd/128) e^(r ln2) for 2^-54 <= |x| < 1020: kd = 128 x rounded
 * (x 128 exact), r = x - kd/128 exact (both multiples of ulp(x), |r| <=
 * 2^-8 <= |x| when kd != 0).  r ln2 = rh + rl: rh = r LN2D_HI rounded to a
 * multiple of 2^-20 (so th rh stays exact in __exp_tail), rl = ((ra A -
 * rh) + rb A) + r B, with r = ra + rb (26 + 27 bits, exact), A =
 * EL_LN2_A (21 bits: ra A and rb A exact), ra A - rh exact (both
 * multiples of 2^(e-46), e r's exponent, and at most 2^-20.9 apart; rh =
 * 0 when e < -21), B = ln2 - A rounded (|r B| < 2^-37, 2^-90), two
 * roundings of terms below 2^-20.9 (2^-73.9 each): rl within 2^-72.5, so
 * the exp kernel's bound (docs/math.md, "exp kernel": 2^-73.9 there)
 * becomes 2^-66.55 with this rl, 2^-66.38 with the test's rounding: below
 * EXP_ERR.  No multiplication of x by ln2 in double-double before the
 * reduction (as exp10 has), and 128 x needs no rounding.  The series is
 * evaluated at v = RN(r LN2D_HI) (within 2^-61.5 of rh + rl; effect
 * 2^-70.0 instead of 2^-70.5), which does not wait for rh and rl: 2^-66.32
 * in all (docs/math.md, "Session 7"). */
static inline __attribute__((always_inline)) double exp2_kernel(double s, uint64_t ki, double *rest, int *k)
{
	double sa = __el_mask(s, 27), sb = s - sa;
	double v = s * 0x1.62e42fefa39efp-8;         /* RN(r LN2D_HI) */
	double rh = (v + 0x1.8p32) - 0x1.8p32;
	double rl = ((sa * 0x1.62e43p-8 - rh) + sb * 0x1.62e43p-8) + s * -0x1.05c610ca86c39p-36;   /* A 2^-7, B 2^-7 */
	return __exp_tail_at(ki, rh, rl, v, rest, k);
}

double exp2(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| < 1020 (normal results) */
	if (ax - 0x3c90000000000000ull < 0x408fe00000000000ull - 0x3c90000000000000ull) {
		double t = x * 128.0;                    /* exact */
		double kd = t + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		/* s = 128 r, exact (|s| <= 1/2); exp2_kernel's constants carry
		 * the 2^-7 */
		double s = t - (kd - EXP_SHIFT);
		if (s == 0.0 && (ki & 127) == 0)
			return __pow2((int32_t)(uint32_t)ki >> 7);   /* integer x: exact, no inexact */
		double rest;
		int k;
		double hi = exp2_kernel(s, ki, &rest, &k);
		double y = __el_round(hi, rest, EXP_ERR);
		if (y != 0.0)
			return y * __pow2(k);
		MATH_SLOW(exp2);
		return exp_slow(__dd_mul_d((__dd){ LN2D_HI, LN2D_LO }, x));
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 1025.0)
		return __math_oflow(0);
	if (x < -1080.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	if (x == trunc(x) && x >= -1022.0 && x <= 1023.0)
		return __pow2((int)x);   /* exact, no inexact */
	return exp_slow(__dd_mul_d((__dd){ LN2D_HI, LN2D_LO }, x));
}

double exp10(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-56 <= |x| < 307 (normal results) */
	if (ax - 0x3c70000000000000ull < 0x4073300000000000ull - 0x3c70000000000000ull) {
		double xl, xh = __el_mul(x, EL_LN10_A, EL_LN10_B, EL_LN10_C, &xl);
		double y = exp_scaled(xh, xl);
		if (y != 0.0)
			return y;
		MATH_SLOW(exp10);
		return exp_slow(__dd_mul_d((__dd){ LN10D_HI, LN10D_LO }, x));
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 310.0)
		return __math_oflow(0);
	if (x < -330.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-56)
		return 1.0 + x;
	return exp_slow(__dd_mul_d((__dd){ LN10D_HI, LN10D_LO }, x));
}

/* e^x - 1 as a double-double, for 2^-54 <= |x| <= 40. */
__dd __expm1_core(double x)
{
	/* small: the series itself, for 1 + p in double-double would keep
	 * only 2^-106 of absolute precision */
	if (__builtin_fabs(x) < 0.005)
		return expm1_poly((__dd){ x, 0.0 });
	__dd r;
	int k = __exp_core((__dd){ x, 0.0 }, &r);
	double s = __pow2(k);
	r.hi *= s;
	r.lo *= s;
	return __dd_add_d(r, -1.0);
}

double expm1(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| <= 40 */
	if (ax - 0x3c90000000000000ull <= 0x4044000000000000ull - 0x3c90000000000000ull) {
		double rest, err, hi = expm1_fast(x, &rest, &err);
		double y = __el_round(hi, rest, err);
		if (y != 0.0)
			return y;
		MATH_SLOW(expm1);
		return __expm1_core(x).hi;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : -1.0;
	if (x > 710.0)
		return __math_oflow(0);
	if (x < -40.0) {
		volatile double t = 0x1p-60;
		return t - 1.0;
	}
	if (__builtin_fabs(x) < 0x1p-54) {
		return __math_tiny(x);
	}
	/* x > 40 */
	__dd r;
	int k = __exp_core((__dd){ x, 0.0 }, &r);
	if (k < 100)
		r = __dd_add_d(r, -__pow2(-k));
	return __exp_finish(k, r);
}

/* Float versions: in double, the same reduction (128 table entries, |r| <=
 * 2^-8.49) and a degree-4 series, relative error below 2^-49 (docs/math.md);
 * when y lies within 2^-43 |y| of a float midpoint (__el_float_ok), the
 * double function, rounded to float, decides. */
float expf(float x)
{
	/* fast path: -103 < x < 88.5 (no overflow, results above 2^-149) */
	if (__builtin_isless(x, 88.5f) && __builtin_isgreater(x, -103.0f)) {
		double xd = __arch_f2d(x);
		double kd = xd * EXP_INVL + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * EXP_L1) - kd * EXP_L2;
		double y = __expf_tail(ki, r);
		if (xd > -87.0 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(expf);
	} else if (__builtin_isgreater(x, 88.8f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);   /* e^x > FLT_MAX */
	else if (__builtin_isless(x, -104.0f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);   /* e^x < 2^-150.04 */
	return __math_narrow_uflow(exp(x));
}

float exp2f(float x)
{
	/* fast path: -149 < x < 128 */
	if (__builtin_isless(x, 128.0f) && __builtin_isgreater(x, -149.0f)) {
		double xd = __arch_f2d(x);
		double kd = xd * 128.0 + EXP_SHIFT;      /* exact */
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * 0x1p-7) * 0x1.62e42fefa39efp-1;
		double y = __expf_tail(ki, r);
		if (xd > -126.0 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(exp2f);
	} else if (__builtin_isgreaterequal(x, 128.0f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);
	else if (__builtin_isless(x, -151.0f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);
	return __math_narrow_uflow(exp2(x));
}

float exp10f(float x)
{
	/* fast path: -44.8 < x < 38.5 */
	if (__builtin_isless(x, 38.5f) && __builtin_isgreater(x, -44.8f)) {
		double xd = __arch_f2d(x);
		double kd = xd * 0x1.a934f0979a371p+8 + EXP_SHIFT;   /* 128 log2(10) */
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		/* x EL_LN10_A exact (24 + 26 bits) */
		double r = (xd * EL_LN10_A - kd * EXP_L1) + (xd * (EL_LN10_B + EL_LN10_C) - kd * EXP_L2);
		double y = __expf_tail(ki, r);
		if (xd > -37.8 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(exp10f);
	} else if (__builtin_isgreater(x, 38.6f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);   /* 10^x > FLT_MAX */
	else if (__builtin_isless(x, -45.2f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);   /* 10^x < 2^-150.1 */
	return __math_narrow_uflow(exp10(x));
}

float expm1f(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	double xd = __arch_f2d(x), y;
	if (ax < 0x3d000000u) {   /* |x| < 2^-5 */
		if (ax < 0x33000000u)   /* |x| < 2^-25: the double function */
			return __math_narrow(expm1(x));
		double x2 = xd * xd;
		y = xd + x2 * ((0.5 + xd * EM1_C3) + x2 * ((EM1_C4 + xd * EM1_C5) + x2 * (EM1_C6 + xd * EM1_C7)));
	} else if (__builtin_isless(xd, 88.0) && __builtin_isgreater(xd, -16.0)) {
		double kd = xd * EXP_INVL + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * EXP_L1) - kd * EXP_L2;
		double r2 = r * r;
		double p = r + r2 * ((0.5 + r * EXPF_C3) + r2 * EXPF_C4);
		int j = (int)(ki & 127);
		double s = __pow2((int32_t)(uint32_t)ki >> 7);
		double th = __math_exp_tab[j][0] * s, tl = __math_exp_tab[j][1] * s;
		y = (th - 1.0) + (th * p + tl);
	} else
		return __math_narrow(expm1(x));
	if (__el_float_ok(y))
		return (float)y;
	MATH_SLOW(expm1f);
	return __math_narrow(expm1(x));
}

long double expl(long double x) { return exp((double)x); }
long double exp2l(long double x) { return exp2((double)x); }
long double exp10l(long double x) { return exp10((double)x); }
long double expm1l(long double x) { return expm1((double)x); }
