/* sinh, cosh, tanh from e^|x| - 1 as a double-double; asinh, acosh, atanh
 * as logarithms of double-doubles. */
#include "../internal/math_impl.h"

/* e^|x| / 2 for |x| >= 40, overflow included */
static double half_exp(double ax)
{
	__dd r;
	int k = __exp_core((__dd){ ax, 0 }, &r);
	return __exp_finish(k - 1, r);
}

/* Fast paths: E = e^a - 1 from __expm1_fast (within ee), then the same
 * formulas with one quotient in double-double whose rounding error is
 * found exactly (Dekker): within 2^-100 of the quotient.  The error of E
 * moves (E + E/(E+1))/2 by at most ee, E^2/(2(E+1)) by ee/2, E/(E+2) by
 * 2 ee/(E+2)^2; the quotient and the additions add below 2^-98 of the terms. */

/* n/d for n = nh + nl, d = dh + dl (dl small): hi + lo, within 2^-100 */
static __dd quot(double nh, double nl, double dh, double dl)
{
	double q1 = nh / dh;
	__dd P = __two_prod(q1, dh);
	double q2 = (((nh - P.hi) - P.lo) + nl - q1 * dl) / dh;
	return __fast_two_sum(q1, q2);
}

static int sinh_fast(double ax, double *res)
{
	double el, ee, eh = __expm1_fast(ax, &el, &ee);
	__dd D = __two_sum(eh, 1.0);
	__dd Q = quot(eh, el, D.hi, D.lo + el);
	__dd S = __two_sum(eh, Q.hi);
	double rest = ((S.lo + el) + Q.lo);
	double hi = S.hi + rest, lo = rest - (hi - S.hi);
	if (!__round_ok(hi, lo, 2 * ee + (eh + Q.hi) * 0x1p-98))
		return 0;
	*res = 0.5 * hi;
	return 1;
}

static int cosh_fast(double ax, double *res)
{
	double el, ee, eh = __expm1_fast(ax, &el, &ee);
	__dd N = __two_prod(eh, eh);
	__dd D = __two_sum(eh, 1.0);
	__dd Q = quot(N.hi, N.lo + 2 * eh * el, D.hi, D.lo + el);
	Q.hi *= 0.5;
	Q.lo *= 0.5;
	__dd R = __two_sum(1.0, Q.hi);
	double rest = R.lo + Q.lo;
	double hi = R.hi + rest, lo = rest - (hi - R.hi);
	if (!__round_ok(hi, lo, ee + Q.hi * 0x1p-98 + 0x1p-104))
		return 0;
	*res = hi;
	return 1;
}

static int tanh_fast(double ax, double *res)
{
	double el, ee, eh = __expm1_fast(2 * ax, &el, &ee);
	__dd D = __two_sum(eh, 2.0);
	__dd Q = quot(eh, el, D.hi, D.lo + el);
	/* d/dE E/(E+2) = 2/(E+2)^2 */
	if (!__round_ok(Q.hi, Q.lo, ee * 2 / (D.hi * D.hi) * 1.01 + Q.hi * 0x1p-98))
		return 0;
	*res = Q.hi;
	return 1;
}

double sinh(double x)
{
	if (!__builtin_isfinite(x))
		return x + x;
	double ax = __builtin_fabs(x), r;
	if (ax < 0x1p-27)
		return __math_tiny(x);
	if (ax > 711)
		return __math_oflow(x < 0);
	if (ax >= 40)
		r = half_exp(ax);
	else if (!sinh_fast(ax, &r)) {
		MATH_SLOW(sinh);
		/* (E + E/(E + 1)) / 2, E = e^|x| - 1 */
		__dd e = __expm1_core(ax);
		__dd s = __dd_add(e, __dd_div(e, __dd_add_d(e, 1.0)));
		r = 0.5 * s.hi;
	}
	return x < 0 ? -r : r;
}

double cosh(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (__builtin_isinf(x))
		return ax;
	if (ax < 0x1p-27) {
		if (x == 0)
			return 1.0;
		volatile double t = 0x1p-60;
		return 1.0 + t;   /* inexact, and no underflow for tiny x */
	}
	if (ax > 711)
		return __math_oflow(0);
	if (ax >= 40)
		return half_exp(ax);
	double r;
	if (cosh_fast(ax, &r))
		return r;
	MATH_SLOW(cosh);
	/* 1 + E^2 / (2 (E + 1)) */
	__dd e = __expm1_core(ax);
	__dd q = __dd_div(__dd_mul(e, e), __dd_add_d((__dd){ 2 * e.hi, 2 * e.lo }, 2.0));
	return __dd_add_d(q, 1.0).hi;
}

double tanh(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x), r;
	if (ax < 0x1p-27)
		return __math_tiny(x);
	if (__builtin_isinf(x))
		r = 1.0;
	else if (ax > 20) {
		volatile double t = 1.0 - 0x1p-60;
		r = t;
	} else if (!tanh_fast(ax, &r)) {
		MATH_SLOW(tanh);
		/* E / (E + 2), E = e^(2|x|) - 1 */
		__dd e = __expm1_core(2 * ax);
		r = __dd_div(e, __dd_add_d(e, 2.0)).hi;
	}
	return x < 0 ? -r : r;
}

static const __dd LN2 = { LN2D_HI, LN2D_LO };

double asinh(double x)
{
	if (!__builtin_isfinite(x))
		return x + x;
	double ax = __builtin_fabs(x), r;
	if (ax < 0x1p-27)
		return __math_tiny(x);
	if (ax > 0x1p28)
		r = __dd_add(__log_core(ax), LN2).hi;
	else {
		/* log(|x| + sqrt(x^2 + 1)) */
		__dd w = __dd_add_d(__two_prod(ax, ax), 1.0);
		r = __log_dd(__dd_add_d(__dd_sqrt(w), ax)).hi;
	}
	return x < 0 ? -r : r;
}

double acosh(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 1)
		return __math_invalid(x);
	if (x == 1)
		return 0.0;
	if (__builtin_isinf(x))
		return x;
	if (x > 0x1p28)
		return __dd_add(__log_core(x), LN2).hi;
	__dd w = __dd_add_d(__two_prod(x, x), -1.0);
	return __log_dd(__dd_add_d(__dd_sqrt(w), x)).hi;
}

double atanh(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax > 1)
		return __math_invalid(x);
	if (ax == 1)
		return __math_divzero(x < 0);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	/* log((1 + |x|) / (1 - |x|)) / 2 */
	__dd q = __dd_div(__two_sum(1.0, ax), __two_sum(1.0, -ax));
	double r = 0.5 * __log_dd(q).hi;
	return x < 0 ? -r : r;
}

float asinhf(float x) { return __math_narrow(asinh(x)); }
float acoshf(float x) { return __math_narrow(acosh(x)); }
float atanhf(float x) { return __math_narrow(atanh(x)); }
long double sinhl(long double x) { return sinh((double)x); }
long double coshl(long double x) { return cosh((double)x); }
long double tanhl(long double x) { return tanh((double)x); }
long double asinhl(long double x) { return asinh((double)x); }
long double acoshl(long double x) { return acosh((double)x); }
long double atanhl(long double x) { return atanh((double)x); }
