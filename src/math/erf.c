/* erf and erfc.  Fast paths first (erf below 6 and erfc's 1 - erf below
 * 1/2 and for negative x: tables of polynomials; erfc above 1/2: e^(-x^2)
 * g(x), g from a table), each with a rounding test; the slow paths:
 * |x| < 2.5: erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) /
 * (1 3 5 ... (2n+1)), a series of positive terms, summed in double-double;
 * erfc = 1 - erf there loses at most 11 of its ~80 bits.  |x| >= 2.5: erfc
 * by its continued fraction (80 levels, double-double), erf = 1 - erfc. */
#include "../internal/math_explog.h"

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
	x2.hi *= 2.0;
	x2.lo *= 2.0;
	__dd t = { x, 0.0 }, s = t;
	int n = 1;
	for (; n < 90 && t.hi >= s.hi * 0x1p-24; n++) {
		t = __dd_div_d(__dd_mul(t, x2), 2 * n + 1);
		s = __dd_add(s, t);
	}
	/* the rest, below 2^-24 of the sum, in double */
	double tl = t.hi, sl = 0.0;
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
	int depth = 25 + (int)(300.0 / (x * x));
	double td = 0.0;
	for (int n = depth; n > 8; n--)
		td = n * 0.5 / (x + td);
	__dd t = { td, 0.0 };
	for (int n = 8; n > 0; n--)   /* t = (n/2) / (x + t) */
		t = __dd_div((__dd){ n * 0.5, 0.0 }, __dd_add_d(t, x));
	__dd q = __dd_div((__dd){ 1.0, 0.0 }, __dd_add_d(t, x));
	__dd e;
	int k = exp_mx2(x, &e);
	__dd v = __dd_mul(__dd_mul(e, q), ONE_SQRTPI);
	int s = ilogb(v.hi);
	*r = scale(v, -s);
	return k + s;
}

/* ---- fast paths (tools/gen_erf_tables.py, src/math/erf_tables.c) ---- */
extern const double __erf_small[8];
extern const double __erf_poly[191][12];    /* c0 hi, lo, c1 hi, lo, c2 ... c9 */
extern const double __erfc_poly[192][13];  /* the same, c2 ... c10 */

/* a b = hi + lo within 2^-76.9 |a b|, cheaper than Dekker's exact
 * product: the heads ah, bh are a and b with their low 27 bits cleared
 * (a mask, not Veltkamp's multiply and three subtractions), al = a - ah
 * exact, |al| < 2^-25 |a|.  ah bh (52 bits), ah bl and al bh (53 bits)
 * are exact, and so is ah bh - p (a multiple of ulp(p) / 2 below 2^-23
 * |p|); the sum with ah bl (below 2^-24 |a b|) is rounded: 2^-77 |a b|,
 * al bl (below 2^-50 |a b|) too: 2^-103, the rest smaller. */
static inline __attribute__((always_inline)) __dd two_prod_m(double a, double b)
{
	const uint64_t m = ~((1ull << 27) - 1);
	double ah = __dfrom(__dbits(a) & m), bh = __dfrom(__dbits(b) & m);
	double al = a - ah, bl = b - bh, p = a * b;
	return (__dd){ p, (((ah * bh - p) + ah * bl) + al * bh) + al * bl };
}

/* x^2 = hi + lo within 2^-102 x^2: as above, but ah^2 - p + 2 ah al is
 * below 2^-49.9 x^2 (the part al^2 + x^2 - p), so its rounding is
 * 2^-103 x^2 */
static inline __attribute__((always_inline)) __dd two_sqr_m(double a)
{
	double ah = __dfrom(__dbits(a) & ~((1ull << 27) - 1)), al = a - ah, p = a * a;
	return (__dd){ p, ((ah * ah - p) + 2.0 * ah * al) + al * al };
}

/* c0 + c1 t + t^2 (c[4] + c[5] t + ... c[n-1] t^(n-5)), c0 and c1 as
 * double-doubles: hi and *lo, lo the exact rounding error of hi.  Where
 * it is used, |c1 t| <= |c0|/3 and |t^2 Q| <= 2^-11.59 |v| (erf, its
 * first interval; 2^-16.6 from 2 on; 2^-12.06 for g).  Q by Estrin's
 * scheme (a shorter dependency chain than Horner's rule); c1 t by
 * two_prod_m; the small terms added smallest first, c0lo + (a.lo + c1lo
 * t), then t^2 q, then s.lo (two roundings of the size of t^2 Q instead of
 * four).  Every rounding bounded by 2^-53 of its result times the power
 * of t it is multiplied by, the product c1 t by 2^-76.9 of itself, summed
 * at 201 points of every row's interval (first order, tools/erf_bound.py):
 * below 2^-61.75 |v| for erf below 2 (Horner's rule: 2^-62.27), 2^-66.83
 * from 2 to 6, 2^-62.25 for g; with the approximation errors (2^-64.97,
 * 2^-70.61, 2^-65.9: tools/gen_erf_tables.py's check at 401 points per
 * interval, per part by tools/erf_bound.py): erf below 2^-61.60 |v| below 2, 2^-66.73
 * from 2, g 2^-62.14.  erf's bound per binade of x (the same sum over
 * the binade's rows, tools/erf_bound.py): 2^-61.70, -61.83, -61.91, -62.10
 * and -62.34 from [2^-5, 2^-4) to [1/2, 1), 2^-63.13 on [1, 2), 2^-66.73
 * on [2, 4), 2^-83.1 on [4, 8); erf_eb below takes three of them (a
 * table indexed by the binade measured 2.5 ns slower on the bench). */
static inline double poly_dd(const double *c, int n, double t, double *lo)
{
	/* Q by Estrin's scheme (n is 12 or 13: Q of degree 7 or 8) */
	double t2 = t * t, t4 = t2 * t2;
	double a3 = n == 13 ? c[10] + t * (c[11] + t * c[12]) : c[10] + t * c[11];
	double b0 = (c[4] + c[5] * t) + t2 * (c[6] + c[7] * t);
	double b1 = (c[8] + c[9] * t) + t2 * a3;
	double q = b0 + t4 * b1;
	__dd a = two_prod_m(c[2], t);
	__dd s = __fast_two_sum(c[0], a.hi);
	double rest = s.lo + ((c[1] + (a.lo + c[3] * t)) + t2 * q);
	double hi = s.hi + rest;
	*lo = rest - (hi - s.hi);
	return hi;
}

/* erf(x) for 2^-60 <= x < 6 as hi + *lo, within erf_eb(x) hi (below).
 * Below 1/32: x (C1 + x^2 P(x^2)), x^2 P below 2^-11.6 of the sum, its
 * truncation 2^-73, its evaluation 4 roundings of 2^-53 of that: 2^-63.6;
 * the leading product exact, the two additions 2^-65 each. */
static inline __attribute__((always_inline)) double erf_fast(double x, double *lo)
{
	const double *c = __erf_small;
	if (x < 0x1p-5) {
		double u = x * x;
		double p = u * (c[2] + u * (c[3] + u * (c[4] + u * (c[5] + u * (c[6] + u * c[7])))));
		__dd a = __two_prod(c[0], x);
		double rest = a.lo + x * (c[1] + p);
		double hi = a.hi + rest;
		*lo = rest - (hi - a.hi);
		return hi;
	}
	int i = (int)(x * 32.0);
	double t = x - (2 * i + 1) * 0x1p-6;   /* exact (Sterbenz: the centre is within x/2 of x) */
	return poly_dd(__erf_poly[i - 1], 12, t, lo);
}

/* erfc(x) for 1/2 <= x < 25.5 as 2^k (hi + *lo), within 2^(k-61.83) hi:
 * e^(-x^2) g(x) with g = erfc e^(x^2) from its table (error 2^-62.14 as
 * above).  e^(-x^2): x^2 exact (Dekker) as a + al; a = kk ln2/64 + r, the
 * first difference exact (kk < 2^16, LN2_64_HI of 36 bits); e^r = 1 + r +
 * q(r) (q to r^7/5040, truncation 2^-75), times 2^(j/64) from the table
 * with its leading product exact: the error analysis of exp's fast core
 * (src/math/exp.c), below 2^-64.5 of the result (>= 0.99 before the
 * scaling by 2^k).  The product of the two double-doubles: leading
 * product exact, the cross terms' roundings 2^-104.  Sum of the relative
 * errors below 2^-62.14 + 2^-64.4 + 2^-75.5 < 2^-61.86: the test uses
 * ERFC_E, 2^-61.83. */
#define ERFC_E 0x1.2p-62
static inline __attribute__((always_inline)) double erfc_fast(double x, double *lo, int *kp)
{
	__dd x2 = two_sqr_m(x);
	double a = -x2.hi, al = -x2.lo;
	/* kk = a 64/ln2 rounded to nearest by the shift (no conversions) */
	double kd = a * 0x1.71547652b82fep+6 + EXP_SHIFT;
	int kk = (int)(uint32_t)__dbits(kd);
	kd -= EXP_SHIFT;
	double rh = a - kd * LN2_64_HI;
	double rl = al - kd * LN2_64_LO;
	double r = rh + rl;
	double r2 = r * r, r4 = r2 * r2;
	double q = r2 * ((0.5 + r * 0x1.5555555555555p-3) + r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7) +
		r4 * (0x1.6c16c16c16c17p-10 + r * 0x1.a01a01a01a01ap-13));
	int j = kk & 63;
	*kp = (kk - j) / 64;
	double th = __math_exp2_64[j][0], tl = __math_exp2_64[j][1];
	__dd P = two_prod_m(th, rh);
	__dd S = __fast_two_sum(th, P.hi);
	double rest = (((P.lo + S.lo) + tl) + tl * r) + th * (rl + q);
	double eh = S.hi + rest, el = rest - (eh - S.hi);
	/* g(x) about the centre of x's interval: 32 per binade from 1/2 */
	uint64_t b = __dbits(x);
	int idx = (int)((b >> 52) - 1022) * 32 + (int)((b >> 47) & 31);
	double t = x - __dfrom(((b >> 47) << 47) | (1ull << 46));   /* exact */
	double gl, gh = poly_dd(__erfc_poly[idx], 13, t, &gl);
	__dd p = two_prod_m(eh, gh);
	double pr = p.lo + (eh * gl + el * gh);
	double hi = p.hi + pr;
	*lo = pr - (hi - p.hi);
	return hi;
}

/* erf_fast's relative bound for 2^-60 <= x < 6, rounded up: below 1,
 * 2^-61.70 (below 2^-5, 2^-63.6 + 2 2^-65 + 2^-73 = 2^-62.75, erf_fast's
 * comment); then 2^-63.13 and from 2 on 2^-66.73 (above) */
static inline double erf_eb(double x)
{
	return x < 1.0 ? 0x1.40p-62 : x < 2.0 ? 0x1.d8p-64 : 0x1.3cp-67;
}

double erf(double x)
{
	double ax = __builtin_fabs(x), r;
	uint64_t sgn = __dbits(x) & (1ull << 63);
	/* the fast path first, 2^-28 <= |x| < 6, tested on the bits (no
	 * FE_INVALID for a NaN); the sign put back by its bit */
	if (__dbits(ax) - 0x3e30000000000000ull < 0x4018000000000000ull - 0x3e30000000000000ull) {
		double lo, hi = erf_fast(ax, &lo);
		if (__round_ok(hi, lo, hi * erf_eb(ax)))
			return __dfrom(__dbits(hi) | sgn);
	} else {
		if (__builtin_isnan(x))
			return x + x;
		if (ax < 0x1p-28) {
			if (x == 0.0)
				return x;
			if (ax < 0x1p-900)   /* scaled: one rounding, no spurious underflow */
				return __exp_finish(-60, __dd_mul_d(TWO_SQRTPI, x * 0x1p60));
			return __dd_mul_d(TWO_SQRTPI, x).hi;
		}
	}
	MATH_SLOW(erf);
	if (__builtin_isinf(x))
		r = 1.0;
	else if (ax > 6.0) {
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
	return x < 0.0 ? -r : r;
}

/* erfc(x) for 2^-56 <= |x|, -6 < x < 25.5 in plain double: *hp, *lp (its
 * exact rounding error) and *ep, a bound on the error of their sum; 0 when
 * x is out of the range.  Below 1/2: 1 -+ erf(|x|) (1 + erf for every
 * negative x), erf's relative bound times |erf| (absolute), the sum with
 * 1 exact (fast_two_sum), the last sum's rounding 2^-106. */
static int erfc_fast_val(double x, double *hp, double *lp, double *ep)
{
	double ax = __builtin_fabs(x);
	if (x < 0.5) {
		double lo, e = erf_fast(ax, &lo);
		*ep = e * erf_eb(ax) + 0x1p-105;
		if (x > 0.0) {
			e = -e;
			lo = -lo;
		}
		__dd d = __fast_two_sum(1.0, e);
		double rest = d.lo + lo;
		double hi = d.hi + rest;
		*hp = hi;
		*lp = rest - (hi - d.hi);
		return 1;
	} else if (ax < 25.5) {
		int k;
		double lo, e = erfc_fast(ax, &lo, &k);
		double s = __pow2(k);
		double hi = e * s;   /* exact: 2^k e is above 2^-968 when the test passes */
		*hp = hi;
		*lp = lo * s;
		*ep = hi * ERFC_E;
		return 1;
	}
	return 0;
}

double erfc(double x)
{
	double ax = __builtin_fabs(x);
	/* the common case first, 1/2 <= x < 25.5, tested on the bits (no
	 * FE_INVALID for a NaN): erfc_fast_val's last branch */
	if (__dbits(x) - 0x3fe0000000000000ull < 0x4039800000000000ull - 0x3fe0000000000000ull) {
		int k;
		double lo, e = erfc_fast(x, &lo, &k);
		double s = __pow2(k);
		double hi = e * s;   /* exact: 2^k e is above 2^-968 when the test passes */
		if (__round_ok(hi, lo * s, hi * ERFC_E))
			return hi;
	} else {
		if (__builtin_isnan(x))
			return x + x;
		if (__builtin_isinf(x))
			return x > 0.0 ? 0.0 : 2.0;
		if (ax < 0x1p-56)
			return 1.0 - x;
		if (x <= -6.0)   /* (2 - erfc(-6) < 2^-55: rounds to 2) */
			return 2.0 - 0x1p-60;
		double fh, fl, fe;
		if (erfc_fast_val(x, &fh, &fl, &fe) && __round_ok(fh, fl, fe))
			return fh;
	}
	MATH_SLOW(erfc);
	if (ax < 2.5) {
		__dd e = erf_series(ax);
		if (x > 0.0)
			e = (__dd){ -e.hi, -e.lo };
		return __dd_add_d(e, 1.0).hi;
	}
	if (x > 28.0)
		return __math_uflow(0);
	__dd c;
	int k = erfc_cf(ax, &c);
	if (x < 0.0)   /* erfc(x) = 2 - erfc(|x|) */
		return __dd_add_d(scale((__dd){ -c.hi, -c.lo }, k), 2.0).hi;
	return __exp_finish(k, c);
}

/* Float versions: the double fast paths' tables, evaluated in plain
 * double (docs/math.md, "Session 6"), then __roundf_ok with a bound of
 * 2^-48 relative (E = 2^5 + 2); near a float or a float midpoint, and
 * outside these ranges, the double function narrowed as before. */
#define ERFF_E 34

/* c0 + t (c1 + t Q(t)), the table's c0 and c1 rounded to double: with
 * |c1 t| <= |c0|/3 and |t^2 Q| <= 2^-11.9 |v| (poly_dd above), |c0| <=
 * 1.51 |v| and |t (c1 + t Q)| <= 0.51 |v|; the roundings (c0 and c1 to
 * double, c1 + t Q, its product by t, the last sum; Q's own are 2^-11.9
 * smaller) and the approximation error (2^-65) sum below (1.51 + 3 x 0.51
 * + 1 + 2^-8) 2^-53 < 2^-50.9 of the result. */
static inline double poly_flt(const double *c, int n, double t)
{
	double q = c[n - 1];
	for (int i = n - 2; i >= 4; i--)
		q = q * t + c[i];
	return c[0] + t * (c[2] + t * q);
}

/* erf(x) for 0 < x < 2, within 2^-50.9 relative.  Below 1/32: x (C1 + u
 * P(u)), u = x^2, u P below 2^-11.6 of the sum: C1 rounded, the sum, the
 * product (u each), P's roundings 2^-11.6 smaller: below 3.1u = 2^-51.3. */
static inline double erf_flt(double x)
{
	if (x < 0x1p-5) {
		const double *c = __erf_small;
		double u = x * x;
		return x * (c[0] + u * (c[2] + u * (c[3] + u * (c[4] + u * (c[5] + u * (c[6] + u * c[7]))))));
	}
	int i = (int)(x * 32.0);
	return poly_flt(__erf_poly[i - 1], 12, x - (2 * i + 1) * 0x1p-6);
}

/* erfc(x) for a float x in [1/2, 9), within 2^-48.7 relative: e^(-x^2)
 * g(x).  -x^2 = a exact (x has 24 bits); a = kd ln2/128 + r as expf does
 * (kd EXP_L1 exact, a - kd EXP_L1 exact by Sterbenz, |a| >= 1/4; r within
 * 2^-61.5), __expf_tail (2^-49.2 relative, 2^-117 <= e^a); g from its
 * table by poly_flt (2^-50.9); the product u: 2^-49.2 + 2^-50.9 + 2^-53. */
static inline double erfc_flt(double x)
{
	double a = -(x * x);
	double kd = a * EXP_INVL + EXP_SHIFT;
	uint64_t ki = __dbits(kd);
	kd -= EXP_SHIFT;
	double e = __expf_tail(ki, (a - kd * EXP_L1) - kd * EXP_L2);
	uint64_t b = __dbits(x);
	int idx = (int)((b >> 52) - 1022) * 32 + (int)((b >> 47) & 31);
	double t = x - __dfrom(((b >> 47) << 47) | (1ull << 46));   /* exact */
	return e * poly_flt(__erfc_poly[idx], 13, t);
}

float erff(float x)
{
	uint32_t b = __fbits(x) & 0x7fffffff;
	if (b >= 0x31800000 && b < 0x40800000) {   /* 2^-28 <= |x| < 4 */
		double ax = __builtin_fabs(__arch_f2d(x));
		/* 2 to 4: 1 - erfc, erfc < 2^-7.7 within 2^-48.7 of it, the
		 * subtraction 2^-54: 2^-53.2 of the result (> 0.99) */
		double y = b < 0x40000000 ? erf_flt(ax) : 1.0 - erfc_flt(ax);
		if (__roundf_ok(y, ERFF_E))
			return (float)(__fbits(x) >> 31 ? -y : y);
		MATH_SLOW(erff);
	}
	return __math_narrow(erf(x));
}

float erfcf(float x)
{
	uint32_t b = __fbits(x) & 0x7fffffff;
	/* 2^-56 <= |x|, -6 <= x < 9 (erfc(9) > 2^-126: no float underflow) */
	if (b >= 0x23800000 && b < (__fbits(x) >> 31 ? 0x40c00001u : 0x41100000u)) {
		double xd = __arch_f2d(x), ax = __builtin_fabs(xd), y;
		if (b < 0x3f000000) {
			/* |x| < 1/2: 1 -+ erf |x|, erf < 0.53 within 2^-50.9, the
			 * sum 2^-53: 2^-50.2 of the result (> 0.47) */
			double v = erf_flt(ax);
			y = xd > 0.0 ? 1.0 - v : 1.0 + v;
		} else if (xd > 0.0)
			y = erfc_flt(ax);
		else if (b < 0x40000000)
			y = 1.0 + erf_flt(ax);   /* in [1.5, 2): 2^-50.8 */
		else
			y = 2.0 - erfc_flt(ax);  /* erfc < 2^-7.7: 2^-52.8 */
		if (__roundf_ok(y, ERFF_E))
			return (float)y;
		MATH_SLOW(erfcf);
	}
	return __math_narrow(erfc(x));
}
long double erfl(long double x) { return erf((double)x); }
long double erfcl(long double x) { return erfc((double)x); }
