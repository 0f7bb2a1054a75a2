/* lgamma and tgamma.  For x > 0, log Gamma(x) as a double-double: Stirling's
 * series once x >= 20, after shifting x up by the product x (x+1) ... ;
 * Taylor series about 1 and 2, where it vanishes.  For x < 0, the
 * reflection Gamma(x) Gamma(1-x) = pi / sin(pi x).  tgamma = e^lgamma with
 * the double-double carried into the exponential. */
#include "../internal/math_impl.h"
#include "../internal/math_explog.h"

int signgam;

static const __dd HALF_LOG_2PI = { 0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55 };
static const __dd LOG_PI = { 0x1.250d048e7a1bdp+0, 0x1.7abf2ad8d5088p-57 };
static const __dd EULER = { 0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58 };

/* B_2k / (2k (2k-1)) */
static const double stirling_c[] = {
	0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11, -0x1.3813813813814p-11,
	0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10, 0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6,
	0x1.6fe96381e0680p-3, -0x1.6476701181f3ap+0, 0x1.ace44322ce006p+3,
};

/* zeta(k), k = 2..12 */
static const double zeta[] = {
	0x1.a51a6625307d3p+0, 0x1.33ba004f00621p+0, 0x1.151322ac7d848p+0, 0x1.097418eca7ccep+0,
	0x1.0470984c09245p+0, 0x1.02232da14cf39p+0, 0x1.010b36af86397p+0, 0x1.00839f3d816b5p+0,
	0x1.00412e33a5bb9p+0, 0x1.0020631be48b3p+0, 0x1.001020a5b2cd3p+0,
};

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

/* log Gamma(z), z >= 20 */
static __dd stirling(__dd z)
{
	__dd lz = __log_dd(z);
	__dd t = __dd_add(__dd_mul(__dd_add_d(z, -0.5), lz), neg(z));
	/* 1/(12 z) in double-double, the rest in double */
	__dd w = __dd_div((__dd){ 1.0, 0.0 }, z);
	double w2 = w.hi * w.hi, s = 0.0;
	for (int i = (int)(sizeof stirling_c / sizeof stirling_c[0]) - 1; i >= 1; i--)
		s = s * w2 + stirling_c[i];
	__dd first = __dd_mul(w, (__dd){ 0x1.5555555555555p-4, 0x1.5555555555555p-58 });
	return __dd_add_d(__dd_add(__dd_add(t, HALF_LOG_2PI), first), s * w2 * w.hi);
}

/* log Gamma(x) for x > 0, x < 2^500 */
static __dd lgamma_pos(double x)
{
	if (x < 0x1p-60)   /* -log x - euler x */
		return x < 0x1p-900 ? neg(__log_core(x)) : __dd_add_d(neg(__log_core(x)), -EULER.hi * x);
	double e1 = x - 1.0, e2 = x - 2.0;
	if (__builtin_fabs(e1) < 0x1p-8 || __builtin_fabs(e2) < 0x1p-8) {
		/* lgamma(1+e) = -euler e + sum (-1)^k zeta(k)/k e^k;
		 * lgamma(2+e) = (1-euler) e + sum (-1)^k (zeta(k)-1)/k e^k */
		int two = __builtin_fabs(e2) < 0x1p-8;
		double e = two ? e2 : e1, s = 0.0;
		for (int k = 12; k >= 2; k--)
			s = s * e + ((k & 1) ? -1.0 : 1.0) * (zeta[k - 2] - two) / k;
		__dd c = two ? __dd_add_d(neg(EULER), 1.0) : neg(EULER);
		return __dd_add_d(__dd_mul_d(c, e), s * e * e);
	}
	if (x >= 20.0)
		return stirling((__dd){ x, 0.0 });
	int n = (int)(20.0 - x) + 1;
	__dd p = { x, 0.0 };
	for (int i = 1; i < n; i++)
		p = __dd_mul(p, __two_sum(x, i));
	return __dd_add(stirling(__two_sum(x, n)), neg(__log_dd(p)));
}

/* |sin(pi x)| as a double-double, x not an integer */
static __dd abs_sinpi(double x)
{
	double r = x - 2.0 * round(x * 0.5);   /* [-1, 1], exact */
	double n = round(2.0 * r), f = r - n * 0.5;   /* |f| <= 1/4 */
	__dd th = __dd_mul_d((__dd){ PI_HI, PI_LO }, f);
	__dd s = ((int)n & 1) ? __cos_kernel(th) : __sin_kernel(th);
	return s.hi < 0.0 ? neg(s) : s;
}

/* Next to a zero of lgamma (x in (-17, -2)), where the reflection below
 * would lose the small result, its Taylor series about the zero: the
 * result in *r, or 0 when x is not that close to one. */
static int near_zero(double x, double *r)
{
	if (!(x < -2.0 && x > -17.0))
		return 0;
	for (int i = 0; i < 30; i++) {
		const struct __lgamma_zero *z = &__math_lgamma_zeros[i];
		double xn = x - z->n;   /* exact: x and n are within a factor 2 */
		if (!(__builtin_fabs(xn - z->d_hi) < z->r * (0x1.0000000000000p-6)))
			continue;
		__dd h = __two_sum(xn - z->d_hi, -z->d_lo);   /* the first difference is exact */
		double p = 0.0;
		for (int j = 8; j >= 0; j--)
			p = p * h.hi + z->c[j];
		__dd s = __dd_add_d((__dd){ z->c1[0], z->c1[1] }, p * h.hi);
		*r = __dd_mul(s, h).hi;
		return 1;
	}
	return 0;
}

/* log|Gamma(x)| for x < 0 not an integer: log pi - log|sin(pi x)| - log|x| - lgamma(|x|) */
static __dd lgamma_neg(double x)
{
	__dd l = __dd_add(LOG_PI, neg(__log_dd(abs_sinpi(x))));
	l = __dd_add(l, neg(__log_core(-x)));
	return __dd_add(l, neg(lgamma_pos(-x)));
}

/* ---- fast path for 2^-60 <= x < 2^52 ---- */
extern const double __lgamma_poly[224][16];   /* tools/gen_lgamma_tables.py */

/* a b = hi + lo within 2^-76.9 |a b| (as in src/math/erf.c): the heads
 * ah, bh are a and b with their low 27 bits cleared, al = a - ah and bl =
 * b - bh exact; ah bh, ah bl, al bh and ah bh - p are exact, the sum (ah
 * bh - p) + ah bl (below 2^-24 |a b|) is rounded: 2^-77 |a b|, al bl
 * (below 2^-50 |a b|) 2^-103, the rest smaller. */
static inline __attribute__((always_inline)) __dd two_prod_m(double a, double b)
{
	const uint64_t m = ~((1ull << 27) - 1);
	double ah = __dfrom(__dbits(a) & m), bh = __dfrom(__dbits(b) & m);
	double al = a - ah, bl = b - bh, p = a * b;
	return (__dd){ p, (((ah * bh - p) + ah * bl) + al * bh) + al * bl };
}

/* lgamma(m + th + tl) from the row c of m's interval: c0 + c1 t + t^2 Q(t),
 * c0 and c1 double-doubles, Q of degree 10 by Estrin's scheme, the
 * leading product c1 t by two_prod_m (within 2^-76.9 |c1 t|), the sum with
 * c0 exact (two_sum: c0 may be the smaller near the zeros 1 and 2), the
 * small terms added smallest first: c0lo + (a.lo + c1lo t), then t^2 Q,
 * then s.lo.  Returns hi, *lo its exact rounding error; c[15] bounds the
 * error for tl = 0: twice the approximation error measured at 201 points,
 * plus a bound on every rounding above (tools/gen_lgamma_tables.py,
 * rounding_bound: the operations replayed on the absolute values of the
 * coefficients at |t| = the half-width, each adding 2^-53 of its result,
 * so valid on the whole interval), plus 2^-76.9 |c1| hw.  A nonzero tl
 * (|tl| <= 2^-53, |th| <= 2^-6) adds tl p'(th) ~ tl (c1 + 2 c2 th + 3 c3
 * th^2), its truncation below 4 |c4| 2^-71 < 2^-68 and its roundings
 * 2^-104: the caller adds 1/4 to c[15] (> 2^-66, asserted by the
 * generator). */
static inline double lgamma_q(const double *c, double t, double t2)
{
	double t4 = t2 * t2;
	double a0 = c[4] + c[5] * t, a1 = c[6] + c[7] * t, a2 = c[8] + c[9] * t;
	double a3 = c[10] + c[11] * t, a4 = c[12] + c[13] * t;
	double b0 = a0 + t2 * a1, b1 = a2 + t2 * a3, b2 = a4 + t2 * c[14];
	return b0 + t4 * (b1 + t4 * b2);
}

static double lgamma_poly(const double *c, double th, double tl, double *lo)
{
	double t2 = th * th, q = lgamma_q(c, th, t2);
	__dd a = two_prod_m(c[2], th);
	__dd s = __two_sum(c[0], a.hi);
	double dl = tl * (c[2] + th * (2.0 * c[4] + 3.0 * th * c[5]));
	double rest = s.lo + ((c[1] + (a.lo + (c[3] * th + dl))) + t2 * q);
	double hi = s.hi + rest;
	*lo = rest - (hi - s.hi);
	return hi;
}

/* log Gamma(x) for 64 <= x < 2^52 by Stirling's series to 1/x^15
 * (truncation below 2^-70 absolute at 16, so far less at 64): (x - 1/2) log x - x +
 * log(2 pi)/2 + w (1/12 + w^2 P(w^2)), w = 1/x.  log x from the fast log
 * (absolute error lerr); (x - 1/2) exact, its product with log x exact
 * (Dekker) but for y ll (2^-106 of the product); the series s (< 0.0014)
 * with w, the Horner steps and the product: 4 roundings, 2^-51 s; the
 * additions of the low parts, each below 2^-50 |hi| + s: 2^-53 of that
 * four times.  Bound: y lerr + 2^-50 s + 2^-100 hi + 2^-64. */
static double stirling_fast(double x, double *lo, double *err)
{
	double lerr;
	__dd L = __log_fast(x, &lerr);
	double y = x - 0.5;
	__dd P = __two_prod(y, L.hi);
	P.lo += y * L.lo;
	__dd S = __two_sum(P.hi, -x);
	__dd H = __two_sum(S.hi, HALF_LOG_2PI.hi);
	double w = 1.0 / x, w2 = w * w;
	double sr = w * (stirling_c[0] + w2 * (stirling_c[1] + w2 * (stirling_c[2] + w2 * (stirling_c[3] +
		w2 * (stirling_c[4] + w2 * (stirling_c[5] + w2 * (stirling_c[6] + w2 * stirling_c[7])))))));
	double rest = (((H.lo + HALF_LOG_2PI.lo) + S.lo) + P.lo) + sr;
	double hi = H.hi + rest;
	*lo = rest - (hi - H.hi);
	*err = y * lerr + 0x1p-50 * sr + 0x1p-100 * hi + 0x1p-64;
	return hi;
}

/* lgamma(x) for 2^-60 <= x < 2^52, x not 1 or 2, in plain double: hi and
 * *lo (its exact rounding error), *err bounding the error of hi + lo.
 * Below 1/2: lgamma(1 + x) - log x with 1 + x = a + al exactly (two_sum),
 * the polynomial's bound (plus 1/4 for al), the fast log's, and the final
 * sums: the first exact (two_sum), the low parts 2^-53 of their size. */
static double lgamma_fast(double x, double *lo, double *err)
{
	if (x >= 64.0)
		return stirling_fast(x, lo, err);
	double a = x, al = 0.0;
	if (x < 0.5) {
		__dd s = __fast_two_sum(1.0, x);
		a = s.hi;
		al = s.lo;
	}
	uint64_t b = __dbits(a);
	int idx = (int)((b >> 52) - 1022) * 32 + (int)((b >> 47) & 31);
	double t = a - __dfrom(((b >> 47) << 47) | (1ull << 46));   /* exact */
	const double *c = __lgamma_poly[idx];
	double pl, ph = lgamma_poly(c, t, al, &pl);
	if (x >= 0.5) {
		*lo = pl;
		*err = c[15];
		return ph;
	}
	double lerr;
	__dd L = __log_fast(x, &lerr);
	__dd S = __two_sum(ph, -L.hi);
	double rest = S.lo + (pl - L.lo);
	double hi = S.hi + rest;
	*lo = rest - (hi - S.hi);
	*err = 1.25 * c[15] + lerr + 0x1p-52 * (__builtin_fabs(rest) + __builtin_fabs(pl) + __builtin_fabs(L.lo));
	return hi;
}

double lgamma_r(double x, int *sign)
{
	*sign = 1;
	/* the fast path first: 2^-60 <= x < 2^52, x not 1 or 2, tested on
	 * the bits (a comparison of a NaN could raise FE_INVALID) */
	uint64_t b = __dbits(x);
	if (b - 0x3c30000000000000ull < 0x4330000000000000ull - 0x3c30000000000000ull &&
	    b != 0x3ff0000000000000ull && b != 0x4000000000000000ull) {
		double lo, err, hi = lgamma_fast(x, &lo, &err);
		if (__round_ok(hi, lo, err))
			return hi;
		MATH_SLOW(lgamma);
		return lgamma_pos(x).hi;
	}
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return x * x;
	if (x == 0.0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return __math_divzero(0);
	}
	if (x < 0.0 && x == floor(x))
		return __math_divzero(0);
	if (x < 0.0) {
		if ((int64_t)floor(x) & 1 && x > -0x1p53)
			*sign = -1;
		if (x > -0x1p-60)
			return neg(__log_core(-x)).hi;
		double r;
		if (near_zero(x, &r))
			return r;
		return lgamma_neg(x).hi;
	}
	if (x == 1.0 || x == 2.0)
		return 0.0;
	if (x >= 0x1p500) {
		/* x (log x - 1), carried with x's significand */
		__dd l = __dd_add_d(__log_core(x), -1.0);
		int e = ilogb(x);
		double m = x * __pow2(-(e / 2)) * __pow2(-(e - e / 2));   /* [1, 2) */
		volatile double r = __dd_mul_d(l, m).hi * __pow2(e - 500) * 0x1p500;
		if (__builtin_isinf(r))
			return __math_oflow(0);
		return r;
	}
	return lgamma_pos(x).hi;   /* below 2^-60 or from 2^52 to 2^500 */
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

double tgamma(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return x > 0.0 ? x : __math_invalid(x);
	if (x == 0.0)
		return __math_divzero(__builtin_signbit(x) != 0);
	if (x < 0.0 && x == floor(x))
		return __math_invalid(x);
	if (x > 172.0)
		return __math_oflow(0);
	if (__builtin_fabs(x) < 0x1p-56) {
		/* 1/x - euler */
		volatile double r = 1.0 / x;
		if (__builtin_isinf(r))
			return __math_oflow(x < 0.0);
		if (__builtin_fabs(x) < 0x1p-900) {   /* 1/x too big to split */
			__math_inexact();   /* Gamma(x) = 1/x - euler + ... */
			return r;
		}
		__dd q = __dd_div((__dd){ 1.0, 0.0 }, (__dd){ x, 0.0 });
		return q.hi + (q.lo - EULER.hi);
	}
	if (x < -190.0)
		return __math_uflow(((int64_t)floor(x) & 1) != 0);
	if (x == floor(x) && x <= 23.0) {
		double f = 1.0;   /* (x-1)!, exact */
		for (int i = 2; i < (int)x; i++)
			f *= i;
		return f;
	}
	/* Fast path, 2^-60 <= x < 170 (normal results below 2^1010): e^lgamma
	 * with lgamma = hi + lo from lgamma_fast, within err (absolute, at
	 * most 2^-57.5), so by __exp_fast within EXP_ERR + 2^-70 + 2.03 err of
	 * e^(hi + lo) before the scaling by 2^k (docs/math.md, "Session 5"). */
	if (x >= 0x1p-60 && x < 170.0) {
		double lo, err, hi = lgamma_fast(x, &lo, &err), y;
		if (__exp_fast(hi, lo, err, &y))
			return y;
		MATH_SLOW(tgamma);
	}
	__dd l = x > 0.0 ? lgamma_pos(x) : lgamma_neg(x), r;
	int k = __exp_core(l, &r);
	if (x < 0.0 && ((int64_t)floor(x) & 1))
		r = neg(r);
	return __exp_finish(k, r);
}

/* lgamma in plain double for lgammaf, 2^-60 <= x < 64 (docs/math.md,
 * "Session 6"): returns y and *err, a bound on |y - lgamma(x)|.  From 1/2:
 * the table's row, y = c0 + (c0l + t (c1 + (c1l + t q))) (c0 + c0l, c1 +
 * c1l its double-doubles c[0..3]; q = Q(t) by Estrin's scheme as in
 * lgamma_poly, its roundings (t^2 times them) and those of t q (t times
 * them) within the row's bound c[15], which counts the same t^2 e(q) + u
 * |t^2 q|), the other roundings: t times
 * those of c1l + t q and of w (u |t| (|t q| + |w|)), the product t w and
 * the sum with c0l (u |t w| each, c0l below 2^-45.5: 2^-97), the last sum
 * (u |y|): all within 2^-52 (|t| (|t q| +
 * |w|) + |t w| + |y|) + 2^-97.  Below 1/2: lgamma(1 + x) - log x, 1 + x
 * = a rounded (|a - 1 - x| <= 2^-53, |psi| < 0.58 on [1, 1.5]: 2^-53.7),
 * log x by logf's kernel (z of 24 bits: r exact; 2^-59 absolute, then the
 * final sum: within 2^-58 + 2^-52 |log x|), the difference u |y|. */
static double lgammaf_val(double x, double *err)
{
	double a = x < 0.5 ? 1.0 + x : x;
	uint64_t b = __dbits(a);
	int idx = (int)((b >> 52) - 1022) * 32 + (int)((b >> 47) & 31);
	double t = a - __dfrom(((b >> 47) << 47) | (1ull << 46));   /* exact */
	const double *c = __lgamma_poly[idx];
	double q = lgamma_q(c, t, t * t);
	double tq = t * q;
	double w = c[2] + (c[3] + tq);
	double tw = t * w;
	double y = c[0] + (c[1] + tw);
	double at = __builtin_fabs(t);
	double e = c[15] + 0x1p-52 * (at * (__builtin_fabs(tq) + __builtin_fabs(w)) + __builtin_fabs(tw) + __builtin_fabs(y)) + 0x1p-97;
	if (x >= 0.5) {
		*err = e;
		return y;
	}
	double kd, small, L = __logf_kernel(x, &kd, &small);
	double lg = (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
	double r = y - lg;
	*err = e + 0x1p-53 + 0x1p-58 + 0x1p-52 * __builtin_fabs(lg) + 0x1p-53 * __builtin_fabs(r);
	return r;
}

/* Below 64: lgammaf_val and __roundf_ok when its bound is below 2^-48 of
 * the result (E = 2^5 + 2; near the zeros 1 and 2 it is not, and 1 and 2
 * themselves are left to lgamma_r).  64 to 2^52: as erff, (float)hi is
 * the rounded result unless hi is within 4 ulps of a float midpoint
 * (lgamma_fast's error is far below ulp(hi)). */
float lgammaf_r(float x, int *sign)
{
	uint32_t b = __fbits(x);
	if (b >= 0x21800000 && b < 0x42800000 && b != 0x3f800000 && b != 0x40000000) {   /* [2^-60, 64) */
		double err, y = lgammaf_val(__arch_f2d(x), &err);
		if (err <= __builtin_fabs(y) * 0x1p-48 && __roundf_ok(y, 34)) {
			*sign = 1;
			return (float)y;
		}
		MATH_SLOW(lgammaf);
	} else if (b >= 0x42800000 && b < 0x59800000) {   /* [64, 2^52) */
		double lo, err, hi = lgamma_fast(__arch_f2d(x), &lo, &err);
		if ((uint32_t)(__dbits(hi) & 0x1fffffff) - 0x0ffffffcu > 8 && __builtin_fabs(lo) + err < __builtin_fabs(hi) * 0x1p-52) {
			*sign = 1;
			return (float)hi;
		}
		MATH_SLOW(lgammaf);
	}
	return __math_narrow(lgamma_r(x, sign));
}
float lgammaf(float x) { return lgammaf_r(x, &signgam); }
/* Fast path, 2^-60 <= x < 35 (x not 1 or 2): lgamma = hi + lo within
 * 2^-57.5 (lgamma_fast), then e^(hi + lo) in double as expf: r = ((hi - kd
 * L1) - kd L2) + lo (the first subtraction exact, two roundings below
 * 2^-62 each, kd L2 and the constants 2^-83), __expf_tail: relative error
 * below 2^-49.2 + 2^-57.5 + 2^-61 < 2^-49.1, so E = 2^5 + 2 (2^-48) in
 * __roundf_ok; results that are floats (integer x) or near a float
 * midpoint, and the rest of the range, narrow the double function. */
float tgammaf(float x)
{
	uint32_t b = __fbits(x);
	if (b - 0x21800000u < 0x420c0000u - 0x21800000u && b != 0x3f800000u && b != 0x40000000u) {
		double lo, err, hi = lgamma_fast(__arch_f2d(x), &lo, &err);
		double kd = hi * EXP_INVL + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = ((hi - kd * EXP_L1) - kd * EXP_L2) + lo;
		double y = __expf_tail(ki, r);
		(void)err;
		if (__roundf_ok(y, 0x22))
			return (float)y;
		MATH_SLOW(tgammaf);
	}
	return __math_narrow(tgamma(x));
}
long double lgammal_r(long double x, int *sign) { return lgamma_r((double)x, sign); }
long double lgammal(long double x) { return lgamma_r((double)x, &signgam); }
long double tgammal(long double x) { return tgamma((double)x); }
