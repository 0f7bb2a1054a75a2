/* sinf, cosf, tanf, sincosf: fast paths in double (a table of sin and
 * cos at the multiples of pi/32 and short polynomials on |r| <= pi/64),
 * rounded to float by the test __roundf_ok; the double functions are the
 * fallback, so the results are exactly those of narrowing sin, cos and tan.
 *
 * Error analysis, for float x with 2^-26 <= |x| < 2^19:
 *  - reduction: n = the integer nearest x 32/pi (|n| < 2^22.4), r = ((x -
 *    n P1) - n P2) - n P3 with pi/32 = P1 + P2 + P3 + O(2^-121), P1 and P2
 *    of 30 bits: n P1 and n P2 are exact, x - n P1 is exact (Sterbenz for
 *    n != 0), so the error is the two subtractions' roundings (2^-53 |r|
 *    each, |r| <= pi/64 (1 + 2^-50)), n P3's rounding (2^-95) and pi/32's
 *    truncation (n 2^-121): |dr| <= 2^-52 |r| + 2^-93; r = x exactly when
 *    n = 0.  No float in that range lies closer than 2^-27.8 to a nonzero
 *    multiple of pi/2 (an exhaustive scan, see docs/math.md), so where the
 *    result is small (x near k pi/2, where it is about r) 2^-93 is below
 *    2^-65 of it.
 *  - sin(m pi/32 + r) = S + (S cm + C sr), m = n mod 64 (m + 16 for cos),
 *    S and C the table's sin and cos of m pi/32 rounded to double (0 and
 *    +-1 exactly where they are), sr = r + r z P(z) (z = r^2, P of degree
 *    2 by Chebyshev interpolation: 2^-62.6 absolute) and cm = z Q(z) (Q of
 *    degree 2: 2^-55.1 absolute, cos r - 1 below 2^-8.4).  Where S = 0
 *    (m = 0, 32) the result is +-sr: the tail r z P is below 2^-8.4 |r|,
 *    so sr is within 2^-52.9 of itself; with dr, 2^-51.9.  Elsewhere the
 *    result is at least sin(pi/64) = 0.049 in magnitude: S's and C's
 *    roundings (2^-54 and 2^-54 |sr|, |sr| <= 0.05), Q's 2^-55.1, the
 *    roundings of the small terms (2^-53 0.05 each, three) and of the last
 *    addition (2^-53 of the result), dr (2^-52 0.05): below 2^-49 of the
 *    result.
 *  - tan = sin/cos, both so, and the division: below 2^-47.9.
 * So e = 45 for sin, cos and tan in __roundf_ok (which adds one double
 * ulp).  In a directed rounding mode n may be one off and |r| up to 3
 * pi/64, where the polynomials are within 2^-42 absolute, and next to a
 * multiple of pi/2 (at least 2^-27.8 away) S + (S cm + C sr) may then
 * cancel down to the result: about 2^-54 absolute, 2^-26 relative, a
 * quarter of a float ulp: the results stay within 1.25 ulp (the host
 * test's bound for the directed modes is 1.5). */
#include "../internal/math_impl.h"

extern const double __math_sinf_tab[64][2];   /* sin, cos of m pi/32 (tables.c) */

/* 2^-26 <= |x| < 2^19, x not NaN */
static int in_range(float x)
{
	return (__fbits(x) & 0x7fffffff) - 0x32800000u < 0x49000000u - 0x32800000u;
}

/* x = n pi/32 + r: returns r, *n = n */
static inline __attribute__((always_inline)) double red(double x, int *n)
{
	double s = x * 0x1.45f306dc9c883p+3 + 0x1.8p52;
	*n = (int)__dbits(s);
	double dn = s - 0x1.8p52;
	return ((x - dn * 0x1.921fb548p-4) - dn * -0x1.de973dc8p-35) - dn * -0x1.9d9cceba3f91fp-66;
}

/* sr = sin r, cm = cos r - 1 */
static inline __attribute__((always_inline)) void sincos_r(double r, double *sr, double *cm)
{
	double z = r * r, z2 = z * z;
	double p = (-0x1.555555555552ap-3 + z * 0x1.1111110c1e798p-7) + z2 * -0x1.a014a8bcb7062p-13;
	double q = (-0x1.fffffffffff3dp-2 + z * 0x1.5555554a33856p-5) + z2 * -0x1.6c10bd6e70185p-10;
	*sr = r + r * z * p;
	*cm = z * q;
}

/* sin(m pi/32 + r) */
static inline __attribute__((always_inline)) double sin_m(int m, double sr, double cm)
{
	const double *t = __math_sinf_tab[m & 63];
	return t[0] + (t[0] * cm + t[1] * sr);
}

#define E45 ((1u << 8) + 2)

float sinf(float x)
{
	if (in_range(x)) {
		int n;
		double sr, cm;
		sincos_r(red(__arch_f2d(x), &n), &sr, &cm);
		double y = sin_m(n, sr, cm);
		if (__roundf_ok(y, E45))
			return (float)y;
	}
	MATH_SLOW(sinf);
	return __math_narrow(sin(x));
}

float cosf(float x)
{
	if (in_range(x)) {
		int n;
		double sr, cm;
		sincos_r(red(__arch_f2d(x), &n), &sr, &cm);
		double y = sin_m(n + 16, sr, cm);   /* cos a = sin(a + pi/2) */
		if (__roundf_ok(y, E45))
			return (float)y;
	}
	MATH_SLOW(cosf);
	return __math_narrow(cos(x));
}

void sincosf(float x, float *s, float *c)
{
	if (in_range(x)) {
		int n;
		double sr, cm;
		sincos_r(red(__arch_f2d(x), &n), &sr, &cm);
		double ys = sin_m(n, sr, cm), yc = sin_m(n + 16, sr, cm);
		if (__roundf_ok(ys, E45) && __roundf_ok(yc, E45)) {
			*s = (float)ys;
			*c = (float)yc;
			return;
		}
	}
	MATH_SLOW(sincosf);
	*s = __math_narrow(sin(x));
	*c = __math_narrow(cos(x));
}

float tanf(float x)
{
	if (in_range(x)) {
		int n;
		double sr, cm;
		sincos_r(red(__arch_f2d(x), &n), &sr, &cm);
		double y = sin_m(n, sr, cm) / sin_m(n + 16, sr, cm);
		if (__roundf_ok(y, E45))
			return (float)y;
	}
	MATH_SLOW(tanf);
	return __math_narrow(tan(x));
}
