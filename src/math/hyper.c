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
	else {
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
	} else {
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

float sinhf(float x) { return __math_narrow(sinh(x)); }
float coshf(float x) { return __math_narrow(cosh(x)); }
float tanhf(float x) { return __math_narrow(tanh(x)); }
float asinhf(float x) { return __math_narrow(asinh(x)); }
float acoshf(float x) { return __math_narrow(acosh(x)); }
float atanhf(float x) { return __math_narrow(atanh(x)); }
long double sinhl(long double x) { return sinh((double)x); }
long double coshl(long double x) { return cosh((double)x); }
long double tanhl(long double x) { return tanh((double)x); }
long double asinhl(long double x) { return asinh((double)x); }
long double acoshl(long double x) { return acosh((double)x); }
long double atanhl(long double x) { return atanh((double)x); }
