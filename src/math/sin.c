/* sin, cos, tan and sincos over __rem_pio2 and two kernels on |r| <= pi/4
 * (Taylor series, the leading terms in double-double). */
#include "../internal/math_impl.h"

/* 1/n! as double-doubles */
static const __dd F3 = { 0x1.5555555555555p-3, 0x1.5555555555555p-57 };
static const __dd F5 = { 0x1.1111111111111p-7, 0x1.1111111111111p-63 };
static const __dd F7 = { 0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73 };
static const __dd F4 = { 0x1.5555555555555p-5, 0x1.5555555555555p-59 };
static const __dd F6 = { 0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65 };
static const __dd F8 = { 0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76 };

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

/* c + z a, all double-doubles */
static __dd horner(__dd a, __dd z, __dd c) { return __dd_add(__dd_mul(a, z), c); }

/* The outer terms of each series by Horner's rule in double-double, the
 * inner ones (below 2^-20 relative) in double: about 2^-70 relative. */
__dd __sin_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = 0x1.71de3a556c734p-19 + w * (-0x1.ae64567f544e4p-26 + w * (0x1.6124613a86d09p-33 + w * (-0x1.ae7f3e733b81fp-41 +
		w * (0x1.952c77030ad4ap-49 + w * (-0x1.2f49b46814157p-57)))));
	__dd p = __dd_add_d(neg(F7), w * q);
	p = horner(p, z, F5);
	p = horner(p, z, neg(F3));
	p = __dd_mul(p, z);
	return __dd_add(r, __dd_mul(p, r));
}

__dd __cos_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = -0x1.27e4fb7789f5cp-22 + w * (0x1.1eed8eff8d898p-29 + w * (-0x1.93974a8c07c9dp-37 + w * (0x1.ae7f3e733b81fp-45 +
		w * (-0x1.6827863b97d97p-53))));
	__dd p = __dd_add_d(F8, w * q);
	p = horner(p, z, neg(F6));
	p = horner(p, z, F4);
	p = __dd_add_d(__dd_mul(p, z), -0.5);
	return __dd_add_d(__dd_mul(p, z), 1.0);
}

/* Fast paths: plain double with a proven error bound and the rounding
 * test of math_impl.h; the double-double kernels above are the fallback.
 *
 * Reduction for |x| < 2^19: x = n pi/2 + rh + rl with pi/2 in three parts
 * (n PIO2_1 and n PIO2_2 exact, x - n PIO2_1 exact by Sterbenz, the next
 * subtraction exact by two_sum): error from n PIO2_3's rounding (2^-101),
 * pi/2's truncation (n 2^-122) and rl's rounding (2^-101): below 2^-99. */
#define FAST_RED_MAX 0x1p19
static inline __attribute__((always_inline)) int fast_red(double x, double *rh, double *rl)
{
	/* n = x 2/pi rounded to an integer (|n| < 2^19) by adding 1.5 2^52:
	 * no branch on the sign.  In a directed rounding mode n may be one
	 * off, |rh| up to pi/2: then -1 (the fallback runs), as the table and
	 * the bounds assume |rh| <= pi/4 (1 + 2^-50) + 2^-52 < 0.79. */
	double t = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
	int n = (int)__dbits(t);
	double dn = t - 0x1.8p52;
	__dd r = __two_sum(x - dn * PIO2_1, -(dn * PIO2_2));
	*rh = r.hi;
	*rl = r.lo - dn * PIO2_3;
	return __builtin_fabs(r.hi) < 0.79 ? n & 3 : -1;
}

/* The fast kernel, for r = rh + rl with 0 <= rh < 0.79 (the callers take
 * r's sign off first), |rl| < 2^-49.  rh = a + t, a = i/32 from the table,
 * |t| <= 1/64 (t exact: Sterbenz, or t = rh for i = 0):
 *   sin(a + t) = S + C t + C (sin t - t) + S (cos t - 1),
 *   cos(a + t) = C - S t - S (sin t - t) + C (cos t - 1),
 * the same expression with the pair (S, C) replaced by (C, -S).  A table
 * row holds S, C, -S (tools/gen_math_tables.py), so f = 0 (sin) or 1 (cos)
 * only moves where the pair is read: no branch on f, which is random for
 * random arguments.  Each table value is hi + lo with hi of 28 bits
 * (within 2^-82 relative), and t = th + tl with th of 25 bits (Veltkamp's
 * split: tl within 2^-25 |t|, exact), so C th is exact (28 + 25 bits) and
 * S + C th is exact by fast two-sum (S = 0, or |S| >= sin(1/32) > |C th|;
 * for cos S >= cos(0.79) > |S th|): no Dekker product.  The rest is
 * rounded: the series sm = sin t - t and cm = cos t - 1 (four roundings
 * each, truncated below 2^-80), multiplied by S and C rounded to double
 * (hi + lo: as the former 53-bit table), and the additions of the small
 * terms cost 2^-49 (|sm| + |cm|); rl's second-order terms (cm carries -t rl) 2^-11
 * |rl|; the table's lo parts (2^-82 of S and C t), tl + rl + sm's
 * roundings (2^-77 |t| + 2^-52 |rl| + 2^-53 |sm|), the products of the lo
 * parts and the additions of the terms below 2^-28: below 2^-74 (|t| +
 * |S|); the reduction 2^-97.  So sc_fin returns hi with *lo its exact
 * rounding error and *err bounding |f(rh + rl) - hi - lo| by
 *   2^-49 (|sm| + |cm|) + 2^-11 |rl| + 2^-74 (|t| + |S|) + 2^-97.
 * (The split's exactness and fast two-sum's assume round-to-nearest; in a
 * directed mode the result stays within an ulp.) */
struct sc_arg {
	int i;
	double th, v, cm, e;   /* v = tl + rl + sm; e = err less the table's term */
};

static inline __attribute__((always_inline)) void sc_prep(double rh, double rl, struct sc_arg *p)
{
	int i = (int)(rh * 32.0 + __HALF_DOWN);
	double t = rh - i * 0x1p-5;   /* exact */
	double c = t * 0x1.0000001p28;   /* 2^28 + 1 */
	double th = c - (c - t), tl = t - th;
	double z = t * t;
	double sm = t * z * (-0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 +
		z * (-0x1.a01a01a01a01ap-13 + z * 0x1.71de3a556c734p-19)));
	double cm = z * (-0.5 + z * (0x1.5555555555555p-5 + z * (-0x1.6c16c16c16c17p-10 +
		z * 0x1.a01a01a01a01ap-16))) - t * rl;
	p->i = i;
	p->th = th;
	p->v = (tl + rl) + sm;
	p->cm = cm;
	p->e = (__builtin_fabs(sm) + __builtin_fabs(cm)) * 0x1p-49 + __builtin_fabs(rl) * 0x1p-11 +
		__builtin_fabs(t) * 0x1p-74 + 0x1p-97;
}

/* sin (f = 0) or cos (f = 1) of the prepared argument */
static inline __attribute__((always_inline)) double sc_fin(const struct sc_arg *p, int f, double *lo, double *err)
{
	const double *T = __math_sincos_32[p->i] + 2 * f;   /* S, C or C, -S */
	__dd A = __fast_two_sum(T[0], T[2] * p->th);   /* the product exact */
	/* C t = C hi th (exact) + C lo th + C tl; the small terms with S and C
	 * rounded to double (their lo parts reach 2^-30: (S hi) cm alone would
	 * be 2^-47 off) */
	double rest = ((A.lo + T[1]) + T[3] * p->th) + ((T[2] + T[3]) * p->v + (T[0] + T[1]) * p->cm);
	double hi = A.hi + rest;
	*lo = rest - (hi - A.hi);
	*err = p->e + __builtin_fabs(T[0]) * 0x1p-74;
	return hi;
}

#define SIGN 0x8000000000000000ull

/* f = sin (0) or cos (1) of x, 2^-27 <= |x| < 2^19: 1 and *res when
 * certainly correctly rounded.  The quadrant and the signs by bit
 * operations (random for random arguments). */
static inline __attribute__((always_inline)) int sincos_fast(double x, int f, double *res)
{
	double rh, rl, lo, err;
	int q = fast_red(x, &rh, &rl);
	if (q < 0)
		return 0;
	q = (q + f) & 3;
	int c = q & 1;   /* quadrant q: (sin r, cos r, -sin r, -cos r)[q] */
	uint64_t rs = __dbits(rh) & SIGN;
	rh = __dfrom(__dbits(rh) ^ rs);
	rl = __dfrom(__dbits(rl) ^ rs);
	/* sin r for |r| < 2^-25: the absolute error terms would not be small
	 * relative to it */
	if ((__dbits(rh) < 0x3e60000000000000ull) & !c)
		return 0;
	struct sc_arg p;
	sc_prep(rh, rl, &p);
	double hi = sc_fin(&p, c, &lo, &err);
	if (!__round_ok(hi, lo, err))
		return 0;
	/* sin is odd, cos even */
	*res = __dfrom(__dbits(hi) ^ (rs & ((uint64_t)c - 1)) ^ ((uint64_t)(q & 2) << 62));
	return 1;
}

/* The accurate paths, out of line (the fast ones then need no
 * callee-saved registers): sin (f = 0) or cos (f = 1) of x, finite. */
static __attribute__((noinline)) double sincos_slow(double x, int f)
{
	__dd r;
	int n = (__rem_pio2(x, &r) + f) & 3;
	double y = n & 1 ? __cos_kernel(r).hi : __sin_kernel(r).hi;
	return n & 2 ? -y : y;
}

double sin(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return __math_tiny(x);
	double y;
	if (__builtin_fabs(x) < FAST_RED_MAX && sincos_fast(x, 0, &y))
		return y;
	MATH_SLOW(sin);
	return sincos_slow(x, 0);
}

double cos(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27) {
		if (x != 0.0)
			__math_inexact();
		return 1.0;
	}
	double y;
	if (__builtin_fabs(x) < FAST_RED_MAX && sincos_fast(x, 1, &y))
		return y;
	MATH_SLOW(cos);
	return sincos_slow(x, 1);
}

void sincos(double x, double *s, double *c)
{
	/* one reduction for both when the fast path can take them */
	double ax = __builtin_fabs(x);
	if (ax >= 0x1p-27 && ax < FAST_RED_MAX) {
		double rh, rl, sl, cl, es, ec;
		int q = fast_red(x, &rh, &rl);
		if (q >= 0 && __builtin_fabs(rh) >= 0x1p-25) {
			uint64_t rs = __dbits(rh) & SIGN;
			rh = __dfrom(__dbits(rh) ^ rs);
			rl = __dfrom(__dbits(rl) ^ rs);
			struct sc_arg p;
			sc_prep(rh, rl, &p);
			/* sin x is the kernel's function q & 1 in quadrant q, cos x
			 * the same in quadrant q + 1 */
			int qc = (q + 1) & 3;
			double sh = sc_fin(&p, q & 1, &sl, &es), ch = sc_fin(&p, qc & 1, &cl, &ec);
			if (__round_ok(sh, sl, es) && __round_ok(ch, cl, ec)) {
				*s = __dfrom(__dbits(sh) ^ (rs & ((uint64_t)(q & 1) - 1)) ^ ((uint64_t)(q & 2) << 62));
				*c = __dfrom(__dbits(ch) ^ (rs & ((uint64_t)(qc & 1) - 1)) ^ ((uint64_t)(qc & 2) << 62));
				return;
			}
		}
	}
	MATH_SLOW(sincos);
	*s = sin(x);
	*c = cos(x);
}

/* tan's fast path: a table of its own (tools/gen_asin_tables.py, in
 * src/math/asin_tables.c): tan r for 0 <= r < 0.79 about r_j = j/128 (j =
 * 0..101, the nearest to r), c0 + c1 d + d^2 Q(d), d = r - r_j, Q of
 * degree 6, c0 a double-double, c1 = c1h (27 bits) + c1l; for j = 0, c0 =
 * 0, c1 = 1 and Q fits (tan d - d)/d^2.  Approximation error, the
 * coefficients as rounded: below 2^-68.5 relative (401 points per
 * interval).  tan(rh + rl) as hi + *lo, *err bounding the error:
 *  - j = rh 128 rounded to nearest in every rounding mode (rh 128 + 1/2
 *    is exact, the conversion truncates; rh < 0.79, so j <= 101); d exact
 *    (Sterbenz, or d = rh for j = 0), |d| <= 2^-8; d = dh + dl (dh of
 *    26 bits): c1h dh exact, c0h + it exact (fast two-sum: c0h >= tan(1/128)
 *    > |c1 d| for j >= 1, c0h = 0 for j = 0); c1h dl + c1l d (below 2^-25
 *    |c1 d| <= 2^-24 of the result) rounded: 2^-77;
 *  - d^2 Q: c2 = tan (1 + tan^2), c2/tan <= 2.02, so |d^2 Q| <= 2^-15 of
 *    the result (Q's terms beyond c2 below 2^-7.6 of it), within 2^-50.8
 *    of itself: 2^-65.8; three additions of the small terms: 2^-66.4; the
 *    approximation 2^-68.5: in all below 2^-64.95 relative, the code uses
 *    2^-64.47;
 *  - rl (|rl| < 2^-47, the reduction's low part) moves tan by tan'(rh) rl;
 *    the code adds rl (c1 + 2 c2 d + 3 c3 d^2): the next terms 4 c4 d^3 and
 *    tan'' rl / 2 and the roundings of that term and of the additions it
 *    goes through stay below 2^-19 |rl|, which the code adds per call;
 *  - the reduction's error, 2^-99 of r, times tan' <= 2.02: 2^-97.
 * Odd quadrants: -1/tan r, with 1/(hi + lo) = rd + (1 - rd hi - rd lo) rd
 * (rd = 1/hi rounded, rd hi exact by Dekker, 1 minus its high part exact by
 * Sterbenz; second-order terms 2^-104): within 2^-100 rd, plus the error of
 * tan r scaled by rd^2 (1 + 2^-40).  Both are computed and one selected by
 * masks (the quadrant is random for random arguments). */
extern const double __tan_xpoly[102][11];

static inline __attribute__((always_inline)) double tan_x(double r, double rl, double *lo, double *err)
{
	/* j = r 128 rounded to nearest (__HALF_DOWN, math_impl.h: d exact) */
	int j = (int)(r * 128.0 + __HALF_DOWN);
	const double *c = __tan_xpoly[j];
	double d = r - j * 0x1p-7, dh, dl;
	__split(d, &dh, &dl);
	double d2 = d * d, d4 = d2 * d2;
	double q = ((c[4] + d * c[5]) + d2 * (c[6] + d * c[7])) + d4 * ((c[8] + d * c[9]) + d2 * c[10]);
	__dd s = __fast_two_sum(c[0], c[2] * dh);
	double rest = s.lo + (c[1] + (((c[2] * dl + c[3] * d) + d2 * q) + rl * ((c[2] + 2.0 * c[4] * d) + 3.0 * c[5] * d2)));
	double hi = s.hi + rest;
	*lo = rest - (hi - s.hi);
	*err = hi * 0x1.7p-65 + __builtin_fabs(rl) * 0x1p-19 + 0x1p-97;
	return hi;
}

static inline __attribute__((always_inline)) int tan_fast(double x, double *res)
{
	double rh, rl, lo, err;
	int q = fast_red(x, &rh, &rl);
	if (q < 0)
		return 0;
	int c = q & 1;
	uint64_t rs = __dbits(rh) & SIGN;
	rh = __dfrom(__dbits(rh) ^ rs);
	rl = __dfrom(__dbits(rl) ^ rs);
	if (__dbits(rh) < 0x3e60000000000000ull)   /* |r| < 2^-25 */
		return 0;
	double th = tan_x(rh, rl, &lo, &err);
	double rd = 1.0 / th;
	__dd P = __two_prod(rd, th);
	double cl0 = (((1.0 - P.hi) - P.lo) - rd * lo) * rd;
	double ch = rd + cl0, cl = cl0 - (ch - rd);
	double cerr = err * rd * rd * (1.0 + 0x1p-40) + rd * 0x1p-100;
	uint64_t m = (uint64_t)0 - (uint64_t)c;   /* odd quadrant: -1/tan r */
	double hi = __dfrom((__dbits(th) & ~m) | (__dbits(ch) & m));
	lo = __dfrom((__dbits(lo) & ~m) | (__dbits(cl) & m));
	err = __dfrom((__dbits(err) & ~m) | (__dbits(cerr) & m));
	if (!__round_ok(hi, lo, err))
		return 0;
	/* tan is odd; -1/tan r in odd quadrants */
	*res = __dfrom(__dbits(hi) ^ rs ^ ((uint64_t)c << 63));
	return 1;
}

static __attribute__((noinline)) double tan_slow(double x)
{
	__dd r;
	int n = __rem_pio2(x, &r);
	__dd s = __sin_kernel(r), c = __cos_kernel(r);
	if (n & 1) {
		c.hi = -c.hi;
		c.lo = -c.lo;
		return __dd_div(c, s).hi;
	}
	return __dd_div(s, c).hi;
}

double tan(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return __math_tiny(x);
	double y;
	if (__builtin_fabs(x) < FAST_RED_MAX && tan_fast(x, &y))
		return y;
	MATH_SLOW(tan);
	return tan_slow(x);
}

long double sinl(long double x) { return sin((double)x); }
long double cosl(long double x) { return cos((double)x); }
long double tanl(long double x) { return tan((double)x); }
void sincosl(long double x, long double *s, long double *c)
{
	double a, b;
	sincos((double)x, &a, &b);
	*s = a;
	*c = b;
}
