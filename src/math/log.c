/* log, log2, log10, log1p: x = 2^k m, m = c (1 + f) with c = j/64 from a
 * table of log(j/64), and log(m/c) = 2 atanh(s), s = (m - c)/(m + c),
 * |s| < 0.0056, all carried as double-doubles (about 2^-75 relative). */
#include "../internal/math_impl.h"

__dd __log_core(double x)
{
	uint64_t u = __dbits(x);
	int k = 0;
	if (u < (1ull << 52)) {   /* subnormal */
		u = __dbits(x * 0x1p54);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	uint64_t mb = u & ((1ull << 52) - 1);
	if (mb > 0x6a09e667f3bcdull) {   /* m > sqrt(2): use m/2 */
		mb |= 0x3fe0000000000000ull;
		k++;
	} else
		mb |= 0x3ff0000000000000ull;
	double m = __dfrom(mb);
	int j = (int)(m * 64 + 0.5);
	double c = j * 0x1p-6;
	__dd den = __two_sum(m, c);
	__dd s = __dd_div((__dd){ m - c, 0 }, den);
	double z = s.hi * s.hi;
	double tail = s.hi * z * (2.0 / 3 + z * (2.0 / 5 + z * (2.0 / 7 + z * (2.0 / 9 + z * (2.0 / 11)))));
	__dd l = __dd_add_d((__dd){ 2 * s.hi, 2 * s.lo }, tail);
	__dd t = { __math_log_tab[j - 45][0], __math_log_tab[j - 45][1] };
	__dd kl = __two_sum(k * LN2_HI, k * LN2_LO);
	return __dd_add(__dd_add(kl, t), l);
}

/* Non-positive, infinite or NaN argument: the result, or 0 to go on. */
static int special(double x, double *r)
{
	if (__builtin_isnan(x)) {
		*r = x + x;
		return 1;
	}
	if (x == 0) {
		*r = __math_divzero(1);
		return 1;
	}
	if (x < 0) {
		*r = __math_invalid(x);
		return 1;
	}
	if (__builtin_isinf(x)) {
		*r = x;
		return 1;
	}
	return 0;
}

double log(double x)
{
	double r;
	if (special(x, &r))
		return r;
	if (x == 1)
		return 0.0;   /* exact */
	return __log_core(x).hi;
}

double log2(double x)
{
	double r;
	if (special(x, &r))
		return r;
	if ((__dbits(x) & ((1ull << 52) - 1)) == 0 && __dbits(x) >= (1ull << 52))
		return (double)((int)(__dbits(x) >> 52) - 1023);
	return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
}

double log10(double x)
{
	double r;
	if (special(x, &r))
		return r;
	if (x == 1)
		return 0.0;
	return __dd_mul(__log_core(x), (__dd){ INV_LN10_HI, INV_LN10_LO }).hi;
}

/* log of a double-double a > 0 (a.lo tiny beside a.hi). */
static __dd log_dd(__dd a)
{
	__dd l = __log_core(a.hi);
	/* a.lo / a.hi, unless negligible (and maybe underflowing) */
	if (a.lo != 0 && __builtin_fabs(a.lo) > a.hi * 0x1p-900)
		l = __dd_add_d(l, a.lo / a.hi);
	return l;
}

double log1p(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x <= -1)
		return x == -1 ? __math_divzero(1) : __math_invalid(x);
	if (__builtin_isinf(x))
		return x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-20) {
		if (ax < 0x1p-54) {
			return __math_tiny(x);
		}
		return x + x * x * (-0.5 + x * (1.0 / 3 + x * -0.25));
	}
	return log_dd(__two_sum(1.0, x)).hi;
}

__dd __log_dd(__dd a) { return log_dd(a); }

float logf(float x) { return __math_narrow(log(x)); }
float log2f(float x) { return __math_narrow(log2(x)); }
float log10f(float x) { return __math_narrow(log10(x)); }
float log1pf(float x) { return __math_narrow(log1p(x)); }
long double logl(long double x) { return log((double)x); }
long double log2l(long double x) { return log2((double)x); }
long double log10l(long double x) { return log10((double)x); }
long double log1pl(long double x) { return log1p((double)x); }
