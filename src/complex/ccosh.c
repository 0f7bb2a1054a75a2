#include "../internal/complex_impl.h"

/* cosh x cos y + i sinh x sin y, the hyperbolic and circular parts in
 * double-double (complex_impl.h), each product rounded once (overflow
 * where the part itself overflows); special values as Annex G.6.2.4. */
double complex ccosh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isfinite(x) && __builtin_isfinite(y)) {
		if (y == 0.0)
			return CMPLX(cosh(x), __builtin_copysign(0.0, x) * y);
		if (x == 0.0)
			return CMPLX(cos(y), x * sin(y));
		__dd sh, ch, s, c;
		int k = __cx_sinhcosh(__builtin_fabs(x), &sh, &ch);
		__cx_sincos(y, &s, &c);
		double im = __cx_round_mul(k, sh, s);
		return CMPLX(__cx_round_mul(k, ch, c), x < 0 ? -im : im);
	}
	if (__builtin_isnan(x)) {
		if (y == 0.0)
			return CMPLX(x, y);               /* NaN +- i0 */
		return CMPLX(x, x + y);               /* NaN + iNaN */
	}
	if (__builtin_isinf(x)) {
		if (y == 0.0)
			return CMPLX(__builtin_inf(), __builtin_copysign(0.0, x) * y);
		if (__builtin_isfinite(y))
			return CMPLX(__builtin_inf() * cos(y), x * sin(y));
		return CMPLX(__builtin_inf(), y - y); /* +inf + iNaN, invalid for y inf */
	}
	/* finite x, y inf (invalid) or NaN */
	if (x == 0.0)
		return CMPLX(y - y, x);               /* NaN +- i0 */
	return CMPLX(y - y, y - y);
}

float complex ccoshf(float complex z) { return (float complex)ccosh(z); }
long double complex ccoshl(long double complex z) { return ccosh(z); }
