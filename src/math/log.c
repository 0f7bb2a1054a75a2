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
	double tail = s.hi * z * (0x1.5555555555555p-1 + z * (0x1.999999999999ap-2 + z * (0x1.2492492492492p-2 + z * (0x1.c71c71c71c71cp-3 + z * (0x1.745d1745d1746p-3)))));
	__dd l = __dd_add_d((__dd){ 2 * s.hi, 2 * s.lo }, tail);
	__dd t = { __math_log_tab[j - 45][0], __math_log_tab[j - 45][1] };
	__dd kl = __two_sum(k * LN2_HI, k * LN2_LO);
	return __dd_add(__dd_add(kl, t), l);
}

/* Fast path: the same reduction in plain double, with s = (m - c)/(m + c)
 * corrected to s + sl (the rounding errors of s = f (1/d) and of d = m + c
 * found exactly; |sl| < 2^-51 |s|), so that only the small terms are
 * rounded.  Gives log x ~ hi + lo (lo the exact rounding error of hi) and a
 * bound err on |log x - hi - lo|:
 *  - the series tail 2s^3/3 + ... (|s| < 2^-7.4, |tail| < 2^-23): five
 *    roundings (2^-50.6 |tail|), and sl left out of it (2 s^2 sl, below
 *    2^-49.4 |tail|): below 2^-48 |tail|;
 *    its truncation after 2s^11/11: below 2^-97 |s|;
 *  - s + sl itself: below 2^-100 |s|;
 *  - k ln2 as k LN2_HI (exact) + k LN2_LO (rounded; LN2_LO 2^-98 off):
 *    below |k| 2^-96; the table (hi + lo within 2^-106) and the additions
 *    of the small terms (each below 2^-43, four roundings): below 2^-94
 *    when k != 0 or c != 1 (when both hold, every term is relative to s).
 * x finite, > 0. */
static double log_fast(double x, double *lo, double *err)
{
	uint64_t u = __dbits(x);
	int k = 0;
	if (u < (1ull << 52)) {
		u = __dbits(x * 0x1p54);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	uint64_t mb = u & ((1ull << 52) - 1);
	if (mb > 0x6a09e667f3bcdull) {
		mb |= 0x3fe0000000000000ull;
		k++;
	} else
		mb |= 0x3ff0000000000000ull;
	double m = __dfrom(mb);
	int j = (int)(m * 64 + 0.5);
	double c = j * 0x1p-6;
	double f = m - c;   /* exact */
	__dd d = __two_sum(m, c);
	double inv = 1 / d.hi, s = f * inv;   /* within 2^-52 relative */
	__dd sd = __two_prod(s, d.hi);
	double sl = (((f - sd.hi) - sd.lo) - s * d.lo) * inv;
	double z = s * s;
	double z2 = z * z;
	double tail = s * z * ((0x1.5555555555555p-1 + z * 0x1.999999999999ap-2) +
		z2 * ((0x1.2492492492492p-2 + z * 0x1.c71c71c71c71cp-3) + z2 * 0x1.745d1745d1746p-3));
	__dd a = __two_sum(k * LN2_HI, __math_log_tab[j - 45][0]);
	__dd b = __two_sum(a.hi, 2 * s);
	double small = ((k * LN2_LO + __math_log_tab[j - 45][1]) + a.lo) + (2 * sl + tail);
	double l = b.lo + small;
	double hi = b.hi + l;
	*lo = l - (hi - b.hi);
	*err = __builtin_fabs(tail) * 0x1p-48 + __builtin_fabs(s) * 0x1p-96 +
		(k != 0 || j != 64 ? ((k < 0 ? -k : k) + 1) * 0x1p-94 : 0.0);
	return hi;
}

__dd __log_fast(double x, double *err)
{
	__dd r;
	r.hi = log_fast(x, &r.lo, err);
	return r;
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
	double lo, err, hi = log_fast(x, &lo, &err);
	if (__round_ok(hi, lo, err))
		return hi;
	return __log_core(x).hi;
}

double log2(double x)
{
	double r;
	if (special(x, &r))
		return r;
	if ((__dbits(x) & ((1ull << 52) - 1)) == 0 && __dbits(x) >= (1ull << 52))
		return (double)((int)(__dbits(x) >> 52) - 1023);
	double lo, err, hi = log_fast(x, &lo, &err);
	__dd p = __two_prod(hi, INV_LN2_HI);
	p.lo += hi * INV_LN2_LO + lo * INV_LN2_HI;
	p = __fast_two_sum(p.hi, p.lo);
	if (__round_ok(p.hi, p.lo, err * 1.5 + __builtin_fabs(p.hi) * 0x1p-100))
		return p.hi;
	return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
}

double log10(double x)
{
	double r;
	if (special(x, &r))
		return r;
	if (x == 1)
		return 0.0;
	double lo, err, hi = log_fast(x, &lo, &err);
	__dd p = __two_prod(hi, INV_LN10_HI);
	p.lo += hi * INV_LN10_LO + lo * INV_LN10_HI;
	p = __fast_two_sum(p.hi, p.lo);
	if (__round_ok(p.hi, p.lo, err * 0.5 + __builtin_fabs(p.hi) * 0x1p-100))
		return p.hi;
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
		return x + x * x * (-0.5 + x * (0x1.5555555555555p-2 + x * -0.25));
	}
	__dd a = __two_sum(1.0, x);
	double lo, err, hi = log_fast(a.hi, &lo, &err);
	/* log(a.hi + a.lo) = log(a.hi) + a.lo/a.hi - (a.lo/a.hi)^2/2..., the
	 * square below 2^-106 */
	double dl = a.lo != 0 && __builtin_fabs(a.lo) > a.hi * 0x1p-900 ? a.lo / a.hi : 0.0;
	double l2 = lo + dl;
	double h2 = hi + l2;
	lo = l2 - (h2 - hi);
	if (__round_ok(h2, lo, err + (__builtin_fabs(lo) + __builtin_fabs(dl)) * 0x1p-52 + 0x1p-105))
		return h2;
	return log_dd(a).hi;
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
