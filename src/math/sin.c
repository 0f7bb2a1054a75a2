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
	int i = (int)(rh * 32.0 + 0.5);
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

/* tan = sin/cos (cos/sin negated in odd quadrants) from the fast kernel
 * (one preparation, two table reads), quotient N/D in double-double (q1 +
 * q2, within 2^-100 |q|); the kernel's errors en and ed give (en + |q|
 * ed) / |D|, inflated by 2^-40 for the first-order approximation. */
static inline __attribute__((always_inline)) int tan_fast(double x, double *res)
{
	double rh, rl, nl, dl, en, ed;
	int q = fast_red(x, &rh, &rl);
	if (q < 0)
		return 0;
	int c = q & 1;
	uint64_t rs = __dbits(rh) & SIGN;
	rh = __dfrom(__dbits(rh) ^ rs);
	rl = __dfrom(__dbits(rl) ^ rs);
	if (__dbits(rh) < 0x3e60000000000000ull)   /* |r| < 2^-25 */
		return 0;
	struct sc_arg p;
	sc_prep(rh, rl, &p);
	double nh = sc_fin(&p, c, &nl, &en), dh = sc_fin(&p, c ^ 1, &dl, &ed);
	double q1 = nh / dh;
	__dd P = __two_prod(q1, dh);
	double q2 = (((nh - P.hi) - P.lo) + nl - q1 * dl) / dh;
	double hi = q1 + q2, lo = q2 - (hi - q1);
	double aq = __builtin_fabs(q1);
	double err = (en + aq * ed) / __builtin_fabs(dh) * (1.0 + 0x1p-40) + aq * 0x1p-100;
	if (!__round_ok(hi, lo, err))
		return 0;
	/* tan is odd; -cos r / sin r in odd quadrants */
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
