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
static int fast_red(double x, double *rh, double *rl)
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

/* sin (cosine 0) or cos (cosine 1) of rh + rl, |rh| <= 0.8, |rl| below
 * 2^-48, and (for sin) |rh| >= 2^-25.  With rh = a + t, a = i/32 from the
 * table, |t| <= 1/64: sin(a + t) = S + C t + C (sin t - t) + S (cos t - 1),
 * cos(a + t) = C - S t - S (sin t - t) + C (cos t - 1); the products C t,
 * S t exact (Dekker), the rest rounded.  Returns hi, with *lo its exact
 * rounding error and *err bounding |f(rh + rl) - hi - lo|: the series sm =
 * sin t - t and cm = cos t - 1 (four roundings each, truncated below
 * 2^-80) and the additions of the small terms: 2^-49 (|sm| + |cm|); rl's
 * second-order terms: 2^-11 |rl|; the table (2^-106), the additions of the
 * terms below 2^-51 and the reduction: 2^-97. */
static double sc_fast(double rh, double rl, int cosine, double *lo, double *err)
{
	/* |rh|, rl with the same relative sign, the sign given back at the end
	 * for sin (cos is even): bit operations, as the sign is random */
	uint64_t neg = __dbits(rh) & 0x8000000000000000ull;
	rh = __dfrom(__dbits(rh) ^ neg);
	rl = __dfrom(__dbits(rl) ^ neg);
	if (cosine)
		neg = 0;
	int i = (int)(rh * 32.0 + 0.5);
	double th = rh - i * 0x1p-5;   /* exact */
	double z = th * th;
	double sm = th * z * (-0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 +
		z * (-0x1.a01a01a01a01ap-13 + z * 0x1.71de3a556c734p-19)));
	double cm = z * (-0.5 + z * (0x1.5555555555555p-5 + z * (-0x1.6c16c16c16c17p-10 +
		z * 0x1.a01a01a01a01ap-16))) - th * rl;
	const double *T = __math_sincos_32[i];
	__dd P, A;
	double rest;
	if (!cosine) {
		P = __two_prod(T[2], th);
		A = __two_sum(T[0], P.hi);
		rest = (((P.lo + A.lo) + T[1]) + T[3] * th) + (T[2] * (rl + sm) + T[0] * cm);
	} else {
		P = __two_prod(-T[0], th);
		A = __two_sum(T[2], P.hi);
		rest = (((P.lo + A.lo) + T[3]) - T[1] * th) + (T[2] * cm - T[0] * (rl + sm));
	}
	double hi = A.hi + rest;
	double l = rest - (hi - A.hi);
	*err = (__builtin_fabs(sm) + __builtin_fabs(cm)) * 0x1p-49 + __builtin_fabs(rl) * 0x1p-11 + 0x1p-97;
	*lo = __dfrom(__dbits(l) ^ neg);
	return __dfrom(__dbits(hi) ^ neg);
}

/* f = sin (0) or cos (1) of x, 2^-27 <= |x| < 2^19: 1 and *res when
 * certainly correctly rounded. */
static int sincos_fast(double x, int f, double *res)
{
	double rh, rl, lo, err;
	int q = fast_red(x, &rh, &rl);
	if (q < 0)
		return 0;
	q = (q + f) & 3;
	if (!(q & 1) && __builtin_fabs(rh) < 0x1p-25)
		return 0;
	double hi = sc_fast(rh, rl, q & 1, &lo, &err);
	if (!__round_ok(hi, lo, err))
		return 0;
	*res = __dfrom(__dbits(hi) ^ ((uint64_t)(q & 2) << 62));
	return 1;
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
	__dd r;
	switch (__rem_pio2(x, &r)) {
	case 0: return __sin_kernel(r).hi;
	case 1: return __cos_kernel(r).hi;
	case 2: return -__sin_kernel(r).hi;
	default: return -__cos_kernel(r).hi;
	}
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
	__dd r;
	switch (__rem_pio2(x, &r)) {
	case 0: return __cos_kernel(r).hi;
	case 1: return -__sin_kernel(r).hi;
	case 2: return -__cos_kernel(r).hi;
	default: return __sin_kernel(r).hi;
	}
}

void sincos(double x, double *s, double *c)
{
	/* one reduction for both when the fast path can take them */
	double ax = __builtin_fabs(x);
	if (ax >= 0x1p-27 && ax < FAST_RED_MAX) {
		double rh, rl, sl, cl, es, ec;
		int q = fast_red(x, &rh, &rl);
		if (q >= 0 && __builtin_fabs(rh) >= 0x1p-25) {
			double sh = sc_fast(rh, rl, 0, &sl, &es), ch = sc_fast(rh, rl, 1, &cl, &ec);
			if (__round_ok(sh, sl, es) && __round_ok(ch, cl, ec)) {
				/* quadrant q: sin x = (sin r, cos r, -sin r, -cos r)[q],
				 * cos x = (cos r, -sin r, -cos r, sin r)[q] */
				double vs = q & 1 ? ch : sh, vc = q & 1 ? sh : ch;
				*s = q & 2 ? -vs : vs;
				*c = (q + 1) & 2 ? -vc : vc;
				return;
			}
		}
	}
	MATH_SLOW(sincos);
	*s = sin(x);
	*c = cos(x);
}

/* tan = sin/cos (cos/sin negated in odd quadrants) from the two fast
 * kernels, quotient N/D in double-double (q1 + q2, within 2^-100 |q|); the
 * kernels' errors en and ed give (en + |q| ed) / |D|, inflated by 2^-40
 * for the first-order approximation. */
static int tan_fast(double x, double *res)
{
	double rh, rl, sl, cl, es, ec;
	int q = fast_red(x, &rh, &rl);
	if (q < 0 || __builtin_fabs(rh) < 0x1p-25)
		return 0;
	double sh = sc_fast(rh, rl, 0, &sl, &es), ch = sc_fast(rh, rl, 1, &cl, &ec);
	double nh = sh, nl = sl, en = es, dh = ch, dl = cl, ed = ec;
	if (q & 1) {
		nh = ch; nl = cl; en = ec;
		dh = sh; dl = sl; ed = es;
	}
	double q1 = nh / dh;
	__dd P = __two_prod(q1, dh);
	double q2 = (((nh - P.hi) - P.lo) + nl - q1 * dl) / dh;
	double hi = q1 + q2, lo = q2 - (hi - q1);
	double aq = __builtin_fabs(q1);
	double err = (en + aq * ed) / __builtin_fabs(dh) * (1.0 + 0x1p-40) + aq * 0x1p-100;
	if (!__round_ok(hi, lo, err))
		return 0;
	*res = q & 1 ? -hi : hi;
	return 1;
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
