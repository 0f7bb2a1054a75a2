#include "../internal/complex_impl.h"

/* sinh x cos y + i cosh x sin y, as ccosh (G.6.2.5 for special values). */
double complex csinh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isfinite(x) && __builtin_isfinite(y)) {
		if (y == 0.0)
			return CMPLX(sinh(x), y);
		if (x == 0.0)
			return CMPLX(x * cos(y), sin(y));
		__dd sh, ch, s, c;
		int k = __cx_sinhcosh(__builtin_fabs(x), &sh, &ch);
		__cx_sincos(y, &s, &c);
		double re = __cx_round_mul(k, sh, c);
		return CMPLX(x < 0 ? -re : re, __cx_round_mul(k, ch, s));
	}
	if (__builtin_isnan(x)) {
		if (y == 0.0)
			return CMPLX(x, y);               /* NaN + i0 */
		return CMPLX(x, x + y);
	}
	if (__builtin_isinf(x)) {
		if (y == 0.0)
			return CMPLX(x, y);               /* +-inf + i0 */
		if (__builtin_isfinite(y))
			return CMPLX(x * cos(y), __builtin_inf() * sin(y));
		return CMPLX(x, y - y);               /* +-inf + iNaN, invalid for y inf */
	}
	if (x == 0.0)
		return CMPLX(x, y - y);               /* +-0 + iNaN */
	return CMPLX(y - y, y - y);
}

float complex csinhf(float complex z) { return (float complex)csinh(z); }
long double complex csinhl(long double complex z) { return csinh(z); }
