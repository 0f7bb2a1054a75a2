#include "../internal/complex_impl.h"

/* tanh(x + iy) = (sinh x cosh x + i sin y cos y) / (sinh^2 x + cos^2 y): a
 * sum of squares below, so nothing cancels; all in double-double.  For
 * |x| > 22 the real part is +-1 (within 2^-62) and the imaginary part
 * 4 sin y cos y e^(-2|x|).  Special values as G.6.2.6 (with DR 471:
 * ctanh(+0 + i inf) = +0 + iNaN). */
double complex ctanh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isfinite(x) && __builtin_isfinite(y)) {
		if (y == 0.0)
			return CMPLX(tanh(x), y);
		if (x == 0.0)
			return CMPLX(x, tan(y));
		double ax = __builtin_fabs(x);
		__dd s, c;
		__cx_sincos(y, &s, &c);
		if (ax > 22) {
			__dd r;
			int k = __exp_core((__dd){ -2.0 * (ax < 550 ? ax : 550), 0.0 }, &r);
			double im = __cx_round_mul(k + 2, r, __dd_mul(s, c));
			return CMPLX(__builtin_copysign(1.0, x), im);
		}
		__dd sh, ch;
		__cx_sinhcosh(ax, &sh, &ch);
		__dd d = __dd_add(__dd_mul(sh, sh), __dd_mul(c, c));
		/* sh or s may be subnormal: multiplied last, each part rounded once */
		double r = __cx_round_mul(0, __dd_div(ch, d), sh);
		return CMPLX(x < 0 ? -r : r, __cx_round_mul(0, __dd_div(c, d), s));
	}
	if (__builtin_isnan(x)) {
		if (y == 0.0)
			return CMPLX(x, y);               /* NaN + i0 */
		return CMPLX(x, x + y);
	}
	if (__builtin_isinf(x)) {
		double one = __builtin_copysign(1.0, x);
		if (__builtin_isfinite(y) && y != 0.0)
			return CMPLX(one, __builtin_copysign(0.0, sin(y) * cos(y)));   /* i0 sin 2y */
		return CMPLX(one, __builtin_copysign(0.0, y));
	}
	if (x == 0.0)
		return CMPLX(x, y - y);               /* +-0 + iNaN */
	return CMPLX(y - y, y - y);
}

float complex ctanhf(float complex z) { return (float complex)ctanh(z); }
long double complex ctanhl(long double complex z) { return ctanh(z); }
