#include "../internal/complex_impl.h"

/* cacosh z = +-i cacos z, the sign that makes the real part >= 0 (C11
 * 7.3.6.1): (|Im cacos z|, copysign(Re cacos z, y)); special values as
 * G.6.2.1 (x + iNaN is NaN + iNaN for every finite x). */
double complex cacosh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isnan(y) && __builtin_isfinite(x))
		return CMPLX(y, y);
	double ra, rc, im;
	__cx_asin(__builtin_fabs(x), __builtin_fabs(y), __builtin_signbit(x) != 0, &ra, &rc, &im);
	return CMPLX(im, __builtin_copysign(rc, y));
}

float complex cacoshf(float complex z) { return (float complex)cacosh(z); }
long double complex cacoshl(long double complex z) { return cacosh(z); }
