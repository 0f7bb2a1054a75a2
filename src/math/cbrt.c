#include "../internal/math_impl.h"

/* Halley's iteration from a linear guess, then one Newton step with the
 * residual x - y^3 formed in double-double. */
static __attribute__((noinline)) double cbrt_slow(double x)
{
	uint64_t u = __dbits(x) & ~(1ull << 63);
	int e = 0;
	if (u < (1ull << 52)) {
		u = __dbits(__builtin_fabs(x) * 0x1p54);
		e = -54;
	}
	e += (int)(u >> 52) - 1023;
	int q = e >= 0 ? e / 3 : -((-e + 2) / 3), rem = e - 3 * q;   /* e = 3q + rem */
	double a = __dfrom((u & ((1ull << 52) - 1)) | ((uint64_t)(1023 + rem) << 52));   /* [1, 8) */
	double y = 1.0 + (a - 1.0) * (0x1.2492492492492p-3);
	for (int i = 0; i < 3; i++) {
		double y3 = y * y * y;
		y = y * (y3 + 2.0 * a) / (2.0 * y3 + a);
	}
	__dd y3 = __dd_mul_d(__two_prod(y, y), y);
	__dd d = __dd_add_d((__dd){ -y3.hi, -y3.lo }, a);
	y += d.hi / (3.0 * y * y);
	y *= __pow2(q);
	return x < 0.0 ? -y : y;
}

/* Fast path: |x| = 2^(3k + r) m as in cbrtf below, y0 = P(m) 2^(r/3)
 * (relative error 2^-19.1), one Halley step with D = 2 y0^3 + M: y1 =
 * y0 + y0 (M - y0^3) / D, within 2^-57.9 (exact arithmetic) + 1.2u
 * (y0^3's two roundings move the step by 2u M y0 / D = 2/3 u y, the last
 * addition u/2, the step's own roundings a few u of 2^-19 y): |y1 -
 * cbrt M| < 2^-52.6 y.  Then Newton's correction d = (M - y1^3) / (3
 * y1^2): y1^3 = P + pl in double-double (two Dekker products, 2^-104),
 * M - P exact (Sterbenz), the residual within 2^-104 M; 1/(3 y1^2) =
 * y1 / (3 y1^3) taken as y1 / D: D / (3 y1^3) = 1 + 2/3 (y0^3/M - 1) +
 * O(2^-50), within 2^-18 of 1, so d is within 2^-18 + 3u of itself (below
 * 2^-52.6 y): 2^-70.5 y; the dropped term d^2 / y of Newton's series,
 * 2^-104 y.  y1 + d is within 2^-70 y of cbrt M: the test uses 2^-68. */
static const double cbrt2_r[3] = { 1.0, 0x1.428a2f98d728bp+0, 0x1.965fea53d6e3dp+0 };

/* A positive normal double's bits u as 2^(3k) M, returning k: e = 3k + r
 * (e the exponent, k = floor(e/3) for e >= -1152, r in {0, 1, 2}), m the
 * significand in [1, 2) and M = 2^r m in [1, 8), both exact (shared with
 * cbrtf) */
static inline __attribute__((always_inline)) int cbrt_split(uint64_t u, double *m, double *M, int *r)
{
	int e = (int)(u >> 52) - 1023;
	int k = (e + 1152) / 3 - 384;
	*r = e - 3 * k;
	uint64_t mb = u & ((1ull << 52) - 1);
	*m = __dfrom(mb | 0x3ff0000000000000ull);
	*M = __dfrom(mb | ((uint64_t)(1023 + *r) << 52));
	return k;
}

/* P(m): cbrt on [1, 2] within 2^-19.1 (shared with cbrtf) */
static inline double cbrt_guess(double m)
{
	double m2 = m * m;
	return ((0x1.e68ceb1fc3429p-2 + m * 0x1.a9da3cc66f245p-1) +
		m2 * (-0x1.d758498b983bcp-2 + m * 0x1.92bfc00e33108p-3)) +
		(m2 * m2) * (-0x1.8bd2dce403128p-5 + m * 0x1.4c7608a04eba1p-8);
}

double cbrt(double x)
{
	uint64_t u = __dbits(x) & ~(1ull << 63);
	if (u - (1ull << 52) < (0x7feull << 52)) {   /* normal */
		int r;
		double m, M;
		int k = cbrt_split(u, &m, &M, &r);
		double y0 = cbrt_guess(m) * cbrt2_r[r];
		double y03 = y0 * y0 * y0;
		double rd = 1.0 / (2.0 * y03 + M);
		double y = y0 + y0 * (M - y03) * rd;
		__dd Y2 = __two_prod(y, y);
		__dd P = __two_prod(Y2.hi, y);
		double res = (M - P.hi) - (P.lo + Y2.lo * y);
		double d = res * y * rd;
		__dd h = __fast_two_sum(y, d);
		if (__round_ok(h.hi, h.lo, h.hi * 0x1p-68)) {
			double v = h.hi * __pow2(k);
			return x < 0.0 ? -v : v;
		}
		MATH_SLOW(cbrt);
	}
	if (!__builtin_isfinite(x) || x == 0.0)
		return x + x;
	return cbrt_slow(x);
}

/* cbrtf in double: |x| = 2^(3k + r) m (m in [1, 2), r in {0, 1, 2}), M =
 * 2^r m in [1, 8) exact; y0 = P(m) 2^(r/3), P of degree 5 (Chebyshev fit
 * of cbrt on [1, 2]: relative error 2^-19.1 with the coefficients as
 * rounded, mpmath, 2001 points per r); one Halley step y = y0 + y0 (M -
 * y0^3) / (2 y0^3 + M): 2^-57.9 in exact arithmetic (same check), and
 * its roundings: y0^3 (2u) moves the correction by 2u M / (3 M) y, the
 * correction's own roundings (a few u of a term below 2^-19 y) and the
 * last addition u: within 1.67u + 2^-57.9 < 2^-52 relative, so E = 2^4 +
 * 2 (2^-49) in __roundf_ok.  Exact cube roots (cbrtf(8)) are floats and
 * go to the double function (no inexact), as do 0, infinities and NaN. */
float cbrtf(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	if (ax - 1u < 0x7f7fffffu) {   /* finite, nonzero */
		uint64_t u = __dbits(__builtin_fabs(__arch_f2d(x)));
		int r;
		double m, M;
		int k = cbrt_split(u, &m, &M, &r);
		double y = cbrt_guess(m) * cbrt2_r[r];
		double y3 = y * y * y;
		y = (y + y * (M - y3) / (2.0 * y3 + M)) * __pow2(k);
		if (__roundf_ok(y, 0x12))
			return (float)(x < 0.0f ? -y : y);
		MATH_SLOW(cbrtf);
	}
	return (float)cbrt(x);
}
long double cbrtl(long double x) { return cbrt((double)x); }
