/* sinhf, coshf, tanhf: fast paths in double (Taylor series below 1/2, e^a
 * from a table of 2^(j/64) above), rounded to float by the test
 * __roundf_ok; the double functions are the fallback, so the results are
 * exactly those of narrowing sinh, cosh and tanh.
 *
 * Error analysis:
 *  - e^a for 0 <= a <= 90, a a float or twice one: a = k ln2/64 + r, k the
 *    nearest integer to a 64/ln2 (k < 2^14), k LN2_64_HI exact (36 bits),
 *    a - k LN2_64_HI exact (Sterbenz, k >= 1), then r rounded: |r| <= 2^-7.5
 *    within 2^-53 |r| + 2^-84 < 2^-60.5 (ln2/64's truncation is below
 *    2^-100 k).  e^a = 2^(k/64) e^r, 2^(j/64) = T + Tl from the table,
 *    e^r - 1 = r + r^2 (1/2 + r (1/6 + r (1/24 + r/120))): truncation below
 *    r^6/720 < 2^-54.7, the tail's roundings below 2^-60, r + tail rounded:
 *    2^-53 (e^r - 1) < 2^-60.5; T + (Tl + T p): two roundings, 2^-53 and
 *    2^-60.  So E = e^a within 2^-52.4 relative (times 2^(k >> 6) exact).
 *  - sinh a, a < 1/2: a + a z (1/3! + z (1/5! + ... + z/13!)), z = a^2:
 *    positive terms, truncation below a^15/15! < 2^-54 |a|; the tail is
 *    below 0.043 a, its roundings 2^-54.5 a, the last addition 2^-53: below
 *    2^-51.5 relative.  a >= 1/2: (E - 1/E)/2: both terms within 2^-52
 *    (the division adds 2^-53), the subtraction 2^-53, amplified by
 *    coth(a) <= coth(1/2) < 2.17: below 2^-50.5.
 *  - cosh a = (E + 1/E)/2: below 2^-51.5.
 *  - tanh a, a < 1/2: sinh a (above) over 1 + z (1/2! + ... + z/14!)
 *    (truncation below a^16/16! < 2^-60, roundings 2^-52): below 2^-50.
 *    a >= 1/2: 1 - 2/(E + 1), E = e^(2a): 2/(E + 1) within 2^-52.4 + 2^-52
 *    relative, scaled by 2/(E - 1) <= 1.17 relative to tanh a, and the
 *    last rounding 2^-53: below 2^-50.
 * So e = 48 in __roundf_ok, for each. */
#include "../internal/math_impl.h"

#define E48 ((1u << 5) + 2)

/* e^a, 0 <= a <= 90 */
static double exp_a(double a)
{
	double s = a * 0x1.71547652b82fep+6 + 0x1.8p52;
	int k = (int)__dbits(s);
	double dk = s - 0x1.8p52;
	double r = (a - dk * LN2_64_HI) - dk * LN2_64_LO;
	double p = r + r * r * (0.5 + r * (0x1.5555555555555p-3 + r * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7)));
	const double *T = __math_exp2_64[k & 63];
	return (T[0] + (T[1] + T[0] * p)) * __pow2(k >> 6);
}

/* sinh a for 0 <= a < 1/2 */
static double sinh_small(double a)
{
	double z = a * a;
	return a + a * z * (0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 + z * (0x1.a01a01a01a01ap-13 +
		z * (0x1.71de3a556c734p-19 + z * (0x1.ae64567f544e4p-26 + z * 0x1.6124613a86d09p-33)))));
}

float sinhf(float x)
{
	/* 2^-26 <= |x| <= 89 (integer tests: a comparison with a NaN would raise
	 * FE_INVALID) */
	if ((__fbits(x) & 0x7fffffff) - 0x32800000u <= 0x42b20000u - 0x32800000u) {
		double ax = __builtin_fabs(__arch_f2d(x)), y;
		if (ax < 0.5)
			y = sinh_small(ax);
		else {
			double e = exp_a(ax);
			y = 0.5 * (e - 1.0 / e);
		}
		if (__roundf_ok(y, E48))
			return (float)(x < 0.0f ? -y : y);
	}
	MATH_SLOW(sinhf);
	return __math_narrow(sinh(x));
}

float coshf(float x)
{
	if ((__fbits(x) & 0x7fffffff) - 0x32800000u <= 0x42b20000u - 0x32800000u) {
		double ax = __builtin_fabs(__arch_f2d(x));
		double e = exp_a(ax), y = 0.5 * (e + 1.0 / e);
		if (__roundf_ok(y, E48))
			return (float)y;
	}
	MATH_SLOW(coshf);
	return __math_narrow(cosh(x));
}

float tanhf(float x)
{
	if ((__fbits(x) & 0x7fffffff) - 0x32800000u <= 0x41a00000u - 0x32800000u) {   /* |x| <= 20 */
		double ax = __builtin_fabs(__arch_f2d(x)), y;
		if (ax < 0.5) {
			double z = ax * ax;
			double c = 1.0 + z * (0.5 + z * (0x1.5555555555555p-5 + z * (0x1.6c16c16c16c17p-10 + z * (0x1.a01a01a01a01ap-16 +
				z * (0x1.27e4fb7789f5cp-22 + z * (0x1.1eed8eff8d898p-29 + z * 0x1.93974a8c07c9dp-37))))));
			y = sinh_small(ax) / c;
		} else
			y = 1.0 - 2.0 / (exp_a(2.0 * ax) + 1.0);
		if (__roundf_ok(y, E48))
			return (float)(x < 0.0f ? -y : y);
	}
	MATH_SLOW(tanhf);
	return __math_narrow(tanh(x));
}
