/* atanf, atan2f, asinf, acosf: fast paths in double, atan t of t =
 * min/max of the two arguments with a single division and a table
 * (atanf, atan2f: atan01 below, session 8) and a polynomial for asin on
 * [0, 1/2] (asinf, acosf), rounded to float by the test __roundf_ok; the
 * double functions are the fallback, so the results are exactly those of
 * narrowing atan, atan2, asin and acos.  (Until session 7 atanf and
 * atan2f reduced t to c = j/8 and u = (p - c q)/(q + c p) with j counted by
 * eight comparisons before the division, and a series in u.) */
#include "../internal/math_impl.h"

/* atan t for 0 <= t <= 1 (session 8): t as a row of __atanf_tab
 * (tools/gen_asin_tables.py) about x_j = j/128, j = 0..128, and d = t -
 * x_j; the polynomial c0 + c1 d + ... + c5 d^5 in plain doubles.
 *  - j = the bits of s = t + (1 + 2^-8 - 2^-52) from the 7th after the
 *    point up, read with the exponent (s in [1, 2 + 2^-7]: j = 128 for s >=
 *    2): the nearest integer to 128 t up to 2^-52, in every rounding mode
 *    (the argument is asin's row in src/math/atan.c): d in (-2^-8, 2^-8 +
 *    2^-52], exact (Sterbenz; d = t for j = 0);
 *  - the approximation, its coefficients as rounded (c0's rounding, 2^-53
 *    relative, is most of it): 2^-52.0 relative (the generator, 401 points
 *    a row);
 *  - the evaluation: |c1 d| <= atan t and the other terms below 2^-8 of it,
 *    so the roundings of c1 d, of the small terms and of the two last
 *    additions stay below 4.1 ulps (2^-53) of the result: 2^-51;
 * in all below 2^-50.4 relative (2^-49.4 in a directed mode, every rounding
 * up to an ulp). */
extern const double __atanf_tab[129][8];

/* a where m is all ones, b where it is 0, in the floating-point registers
 * (andpd, andnpd, orpd): a conditional expression on doubles compiles to a
 * branch under FENV_ACCESS */
typedef double __v2d __attribute__((vector_size(16)));
typedef uint64_t __v2u __attribute__((vector_size(16)));

static inline __attribute__((always_inline)) double fsel(uint64_t m, double a, double b)
{
	__v2u mm = { m, 0 }, r = ((__v2u)(__v2d){ a, 0.0 } & mm) | ((__v2u)(__v2d){ b, 0.0 } & ~mm);
	return ((__v2d)r)[0];
}

static inline __attribute__((always_inline)) double atan01(double t)
{
	double s = t + 0x1.00fffffffffffp0;
	const double *c = __atanf_tab[(__dbits(s) >> 45) - (0x3ffull << 7)];
	double d = t - c[0], d2 = d * d;
	return c[1] + ((c[2] * d + d2 * (c[3] + d * c[4])) + (d2 * d2) * (c[5] + d * c[6]));
}

/* The result K + sigma atan t, with t = min/max of the two arguments
 * rounded (2^-53 relative: atan moves by at most that much of itself, as
 * t atan'(t) <= atan t), K = 0, pi/2 or pi and sigma = +-1 (exact): atan t
 * within 2^-50.1 (2^-49.1 in a directed mode); for K = pi/2 or pi the
 * result is at least pi/4 >= atan t, and pi/2 (pi) rounded, 2^-54 (2^-53)
 * absolute, and the last addition, 2^-53 of the result: below 2^-49.4 of it
 * (2^-48.4).  So 2^-48 relative: e = 32 ulps of the double (y in [2^k,
 * 2^(k+1)): 2^-48 y < 2^(k-47)) plus 2 in __roundf_ok.  (Session 7's
 * atan_pq counted j by eight comparisons, then took a division that waited
 * for them; atanf branched on its sign, random for random arguments.) */
#define E48 ((1u << 5) + 2)

static const double K_SIG[4][2] = { { 0.0, 1.0 }, { PI_2_HI, -1.0 }, { PI_HI, -1.0 }, { PI_2_HI, 1.0 } };

float atanf(float x)
{
	/* 2^-26 <= |x| <= 2^127 (integer tests: a comparison with a NaN would
	 * raise FE_INVALID) */
	uint32_t ux = __fbits(x), ua = ux & 0x7fffffff;
	if (ua - 0x32800000u <= 0x7f000000u - 0x32800000u) {
		double a = __builtin_fabs(__arch_f2d(x));
		int inv = ua > 0x3f800000u;   /* |x| > 1: pi/2 - atan(1/|x|) */
		uint64_t m = -(uint64_t)inv;
		double lo = fsel(m, 1.0, a), hi = fsel(m, a, 1.0);
		double p = atan01(lo / hi);
		double y = K_SIG[inv][0] + K_SIG[inv][1] * p;
		if (__roundf_ok(y, E48))
			return (float)__dfrom(__dbits(y) ^ ((uint64_t)(ux >> 31) << 63));
	}
	MATH_SLOW(atanf);
	return __math_narrow(atan(x));
}

float atan2f(float y, float x)
{
	uint32_t uy = __fbits(y) & 0x7fffffff, ux = __fbits(x) & 0x7fffffff;
	/* finite, not both zero */
	if (uy < 0x7f800000 && ux < 0x7f800000 && (uy | ux) != 0) {
		double ay = __builtin_fabs(__arch_f2d(y)), ax = __builtin_fabs(__arch_f2d(x));
		/* (x < 0, |y| > |x|) = (0, 0), (0, 1), (1, 0), (1, 1): K + sigma
		 * atan(min/max) with K = 0, pi/2, pi, pi/2 and sigma = 1, -1, -1, 1 */
		int sw = uy > ux, k = (int)(__fbits(x) >> 31) * 2 + sw;
		uint64_t m = -(uint64_t)sw;
		double lo = fsel(m, ax, ay), hi = fsel(m, ay, ax);
		double p = atan01(lo / hi);
		double r = K_SIG[k][0] + K_SIG[k][1] * p;
		if (__roundf_ok(r, E48))
			return (float)__dfrom(__dbits(r) ^ ((uint64_t)(__fbits(y) >> 31) << 63));
	}
	MATH_SLOW(atan2f);
	return __math_narrow(atan2(y, x));
}

/* asin for asinf and acosf: with a = |x| <= 1, big = a > 1/2, w = a^2 or
 * (1 - a)/2 (exact: Sterbenz), s = a or sqrt(w): asin s = s + s w P(w)
 * on [0, 1/2], P of degree 9 fitted by Chebyshev interpolation (mpmath
 * chebyfit): relative error of the approximation 2^-46.07 at most over
 * 3000 points of [0, 1/2] (120-bit arithmetic, coefficients as rounded);
 * the tail (below 0.05 s) and its roundings 2^-56, the last addition
 * 2^-53, s's rounding (the square root: 2^-53 relative, slope s asin'(s) /
 * asin(s) <= 1.11): below 2^-45.7 of asin s.  Then asin a = asin s or
 * pi/2 - 2 asin s (at least pi/2 - pi/3 > 0.52, so 2^-45.7 of 2 asin s <=
 * 1.05 is 2^-45.6 of it, with pi/2's and the subtraction's roundings
 * 2^-52); acos a = pi/2 - asin a (a <= 1/2: at least 1.04) or 2 asin s,
 * and acos(-a) = pi - acos a.  Bound 2^-45 relative: e = 44 with margin. */
static double asin_s(double s, double w)
{
	double w2 = w * w, w4 = w2 * w2;
	double P = ((0x1.5555555554f03p-3 + w * 0x1.33333335aa747p-4) + w2 * (0x1.6db6d8e6788fdp-5 + w * 0x1.f1c81c9082073p-6)) +
		w4 * ((0x1.6e720fa69b84cp-6 + w * 0x1.1dc32b508b9b8p-6) + w2 * (0x1.b020d600143abp-7 + w * 0x1.00dbbfe827566p-6) +
		w4 * (-0x1.81d731697a6c5p-9 + w * 0x1.c94a2c61acd62p-6));
	return s + s * w * P;
}

#define E44 ((1u << 9) + 2)

float asinf(float x)
{
	/* 2^-26 <= |x| <= 1 (integer tests: a comparison with a NaN would
	 * raise FE_INVALID) */
	uint32_t ux = __fbits(x) & 0x7fffffff;
	if (ux - 0x32800000u <= 0x3f800000u - 0x32800000u) {
		double a = __builtin_fabs(__arch_f2d(x)), y;
		if (ux <= 0x3f000000)   /* |x| <= 1/2 */
			y = asin_s(a, a * a);
		else {
			double w = (1.0 - a) * 0.5;
			y = PI_2_HI - 2.0 * asin_s(__arch_sqrt_insn(w), w);
		}
		if (__roundf_ok(y, E44))
			return (float)(__fbits(x) >> 31 ? -y : y);
	}
	MATH_SLOW(asinf);
	return __math_narrow(asin(x));
}

float acosf(float x)
{
	uint32_t ux = __fbits(x) & 0x7fffffff;
	if (ux <= 0x3f800000u) {   /* |x| <= 1 */
		double a = __builtin_fabs(__arch_f2d(x)), y;
		if (ux <= 0x3f000000) {   /* |x| <= 1/2: pi/2 - asin x */
			double as = asin_s(a, a * a);
			y = PI_2_HI - (__fbits(x) >> 31 ? -as : as);
		} else {
			double w = (1.0 - a) * 0.5;
			y = 2.0 * asin_s(__arch_sqrt_insn(w), w);
			if (__fbits(x) >> 31)
				y = PI_HI - y;
		}
		if (__roundf_ok(y, E44))
			return (float)y;
	}
	MATH_SLOW(acosf);
	return __math_narrow(acos(x));
}
