/* erf and erfc.  |x| < 2.5: erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) /
 * (1 3 5 ... (2n+1)), a series of positive terms, summed in double-double;
 * erfc = 1 - erf there loses at most 11 of its ~80 bits.  |x| >= 2.5: erfc
 * by its continued fraction (80 levels, double-double), erf = 1 - erfc. */
#include "../internal/math_impl.h"

static const __dd TWO_SQRTPI = { 0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56 };
static const __dd ONE_SQRTPI = { 0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57 };

/* e^(-x^2) = 2^k r */
static int exp_mx2(double x, __dd *r)
{
	__dd x2 = __two_prod(x, x);
	return __exp_core((__dd){ -x2.hi, -x2.lo }, r);
}

static __dd scale(__dd a, int k)
{
	double s = __pow2(k);
	return (__dd){ a.hi * s, a.lo * s };
}

/* erf(x) for 0 < x < 2.5 */
static __dd erf_series(double x)
{
	__dd x2 = __two_prod(x, x);
	x2.hi *= 2;
	x2.lo *= 2;
	__dd t = { x, 0 }, s = t;
	int n = 1;
	for (; n < 90 && t.hi >= s.hi * 0x1p-24; n++) {
		t = __dd_div_d(__dd_mul(t, x2), 2 * n + 1);
		s = __dd_add(s, t);
	}
	/* the rest, below 2^-24 of the sum, in double */
	double tl = t.hi, sl = 0;
	for (; n < 90 && tl >= s.hi * 0x1p-80; n++) {
		tl = tl * x2.hi / (2 * n + 1);
		sl += tl;
	}
	s = __dd_add_d(s, sl);
	__dd e;
	int k = exp_mx2(x, &e);
	return __dd_mul(__dd_mul(scale(e, k), s), TWO_SQRTPI);
}

/* erfc(x) = 2^k r for x >= 2.5 */
static int erfc_cf(double x, __dd *r)
{
	/* depth for 2^-72 (about 70 levels at 2.5, 30 at 6); the deep levels,
	 * whose errors are damped on the way up, in double */
	int depth = 25 + (int)(300 / (x * x));
	double td = 0;
	for (int n = depth; n > 8; n--)
		td = n * 0.5 / (x + td);
	__dd t = { td, 0 };
	for (int n = 8; n > 0; n--)   /* t = (n/2) / (x + t) */
		t = __dd_div((__dd){ n * 0.5, 0 }, __dd_add_d(t, x));
	__dd q = __dd_div((__dd){ 1, 0 }, __dd_add_d(t, x));
	__dd e;
	int k = exp_mx2(x, &e);
	__dd v = __dd_mul(__dd_mul(e, q), ONE_SQRTPI);
	int s = ilogb(v.hi);
	*r = scale(v, -s);
	return k + s;
}

double erf(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x), r;
	if (ax < 0x1p-28) {
		if (x == 0)
			return x;
		if (ax < 0x1p-900)   /* scaled: one rounding, no spurious underflow */
			return __exp_finish(-60, __dd_mul_d(TWO_SQRTPI, x * 0x1p60));
		return __dd_mul_d(TWO_SQRTPI, x).hi;
	}
	if (__builtin_isinf(x))
		r = 1.0;
	else if (ax > 6) {
		volatile double t = 1.0;
		r = t - 0x1p-60;   /* 1, inexact */
	}
	else if (ax < 2.5)
		r = erf_series(ax).hi;
	else {
		__dd c;
		int k = erfc_cf(ax, &c);
		r = __dd_add_d(scale((__dd){ -c.hi, -c.lo }, k), 1.0).hi;
	}
	return x < 0 ? -r : r;
}

double erfc(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return x > 0 ? 0.0 : 2.0;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-56)
		return 1.0 - x;
	if (x < -6)
		return 2.0 - 0x1p-60;
	if (ax < 2.5) {
		__dd e = erf_series(ax);
		if (x > 0)
			e = (__dd){ -e.hi, -e.lo };
		return __dd_add_d(e, 1.0).hi;
	}
	if (x > 28)
		return __math_uflow(0);
	__dd c;
	int k = erfc_cf(ax, &c);
	if (x < 0)   /* erfc(x) = 2 - erfc(|x|) */
		return __dd_add_d(scale((__dd){ -c.hi, -c.lo }, k), 2.0).hi;
	return __exp_finish(k, c);
}

float erff(float x) { return __math_narrow(erf(x)); }
float erfcf(float x) { return __math_narrow(erfc(x)); }
long double erfl(long double x) { return erf((double)x); }
long double erfcl(long double x) { return erfc((double)x); }
