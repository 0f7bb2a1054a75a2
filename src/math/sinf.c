/* sinf, cosf, tanf, sincosf: fast paths in double (polynomials on
 * |r| <= pi/4 after a Cody-Waite reduction), rounded to float by the test
 * __roundf_ok; the double functions are the fallback, so the results are
 * exactly those of narrowing sin, cos and tan.
 *
 * Error analysis, for float x with 2^-26 <= |x| < 2^19:
 *  - reduction: n = the integer nearest x 2/pi (|n| < 2^19), r = ((x - n
 *    P1) - n P2) - n P3 with pi/2 = P1 + P2 + P3 + O(2^-122), P1 and P2 of
 *    33 bits: n P1 and n P2 are exact, x - n P1 is exact (Sterbenz for
 *    n != 0), so the error is the two subtractions' roundings (2^-53 |r|
 *    each, |r| <= pi/4 (1 + 2^-50)), n P3's rounding (2^-103) and pi/2's
 *    truncation (n 2^-122): |dr| <= 2^-52 |r| + 2^-102; r = x exactly when
 *    n = 0.  When n != 0 the fast path requires |r| >= 2^-40, so that
 *    2^-102 is below 2^-62 |r|.
 *  - sin r = r + r z S(z), z = r^2, S of degree 4 fitted by Chebyshev
 *    interpolation (mpmath chebyfit): relative error of the
 *    approximation 2^-45.58 at most on 4001 points of [0, pi/4], the
 *    function being smooth and the error curve equioscillating with 6
 *    extrema; the tail r z S is below 0.103 |r| and its eight roundings
 *    cost below 2^-52 |r|, the last addition 2^-53, dr (derivative <= 1)
 *    2^-52.7: below 2^-45.2 of sin r (sin r >= 0.9 r).
 *  - cos r = 1 + z C(z), C of degree 5 (2^-51.6 the same way): with the
 *    tail (below 0.31) rounded ten times, the last addition and dr sin r
 *    (below 2^-52.9 r^2): below 2^-50 of cos r (cos r >= 0.7).
 *  - tan r = sin r / cos r (or -cos r / sin r): the two errors and the
 *    division's rounding: below 2^-44.
 * So e = 45 for sin and cos, e = 44 for tan in __roundf_ok; the
 * exhaustive comparison with the double functions over every float
 * (tools, see docs/math.md) confirmed the results. */
#include "../internal/math_impl.h"

/* x = n pi/2 + r for float x, 2^-26 <= |x| < 2^19: returns r, *q = n mod
 * 4, or -1 when n != 0 and |r| < 2^-40 or |r| > 0.79 (then the fallback
 * runs). */
static double red(double x, int *q)
{
	double s = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
	int n = (int)__dbits(s);
	double dn = s - 0x1.8p52;
	double r = ((x - dn * PIO2_1) - dn * PIO2_2) - dn * PIO2_3;
	/* in a directed rounding mode n may be one off and |r| up to pi/2:
	 * the polynomials are only fitted to pi/4 */
	uint64_t ar = __dbits(r) & 0x7fffffffffffffffull;   /* |r|, compared as integers: no branch */
	*q = (((n != 0) & (ar < 0x3d70000000000000ull)) | (ar > 0x3fe947ae147ae148ull)) ? -1 : n & 3;
	return r;
}

/* 2^-26 <= |x| < 2^19, x not NaN */
static int in_range(float x)
{
	return (__fbits(x) & 0x7fffffff) - 0x32800000u < 0x49000000u - 0x32800000u;
}

static double sin_r(double r, double z)
{
	double z2 = z * z;
	double S = (-0x1.555555555516ap-3 + z * 0x1.1111110fd3935p-7) +
		z2 * ((-0x1.a019fd9a9838bp-13 + z * 0x1.71d9a97cd3c34p-19) + z2 * -0x1.aa28204b8cc64p-26);
	return r + r * z * S;
}

static double cos_r(double z)
{
	double z2 = z * z;
	double C = (-0x1.ffffffffffffap-2 + z * 0x1.5555555554131p-5) +
		z2 * ((-0x1.6c16c1691cef0p-10 + z * 0x1.a019fc7a81ca5p-16) +
		z2 * (-0x1.27e0f50f770a1p-22 + z * 0x1.1c062221cb53bp-29));
	return 1.0 + z * C;
}

/* a when bit 0 of q is clear, else b; negated when bit 1 of q is set.
 * On the bit patterns: q is random for random arguments, and the compiler
 * made branches of a selection on doubles (one mispredicted in two). */
static double pick(double a, double b, int q)
{
	uint64_t m = (uint64_t)0 - (uint64_t)(q & 1);
	return __dfrom(((__dbits(a) & ~m) | (__dbits(b) & m)) ^ ((uint64_t)(q & 2) << 62));
}

#define E45 ((1u << 8) + 2)
#define E44 ((1u << 9) + 2)

float sinf(float x)
{
	if (in_range(x)) {
		int q;
		double r = red(__arch_f2d(x), &q), z = r * r;
		if (q >= 0) {
			/* sin x = (sin r, cos r, -sin r, -cos r)[q] */
			double y = pick(sin_r(r, z), cos_r(z), q);
			if (__roundf_ok(y, E45))
				return (float)y;
		}
	}
	MATH_SLOW(sinf);
	return __math_narrow(sin(x));
}

float cosf(float x)
{
	if (in_range(x)) {
		int q;
		double r = red(__arch_f2d(x), &q), z = r * r;
		if (q >= 0) {
			/* cos x = (cos r, -sin r, -cos r, sin r)[q] */
			double y = pick(cos_r(z), sin_r(r, z), q + (q & 1) * 2);
			if (__roundf_ok(y, E45))
				return (float)y;
		}
	}
	MATH_SLOW(cosf);
	return __math_narrow(cos(x));
}

void sincosf(float x, float *s, float *c)
{
	if (in_range(x)) {
		int q;
		double r = red(__arch_f2d(x), &q), z = r * r;
		if (q >= 0) {
			double sr = sin_r(r, z), cr = cos_r(z);
			double ys = pick(sr, cr, q), yc = pick(cr, sr, q + (q & 1) * 2);
			if (__roundf_ok(ys, E45) && __roundf_ok(yc, E45)) {
				*s = (float)ys;
				*c = (float)yc;
				return;
			}
		}
	}
	MATH_SLOW(sincosf);
	*s = __math_narrow(sin(x));
	*c = __math_narrow(cos(x));
}

float tanf(float x)
{
	if (in_range(x)) {
		int q;
		double r = red(__arch_f2d(x), &q), z = r * r;
		if (q >= 0) {
			/* tan x = sin r / cos r, or -cos r / sin r in odd quadrants */
			double sr = sin_r(r, z), cr = cos_r(z);
			double y = pick(sr, cr, q & 1) / pick(cr, sr, (q & 1) * 3);
			if (__roundf_ok(y, E44))
				return (float)y;
		}
	}
	MATH_SLOW(tanf);
	return __math_narrow(tan(x));
}
