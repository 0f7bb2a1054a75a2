#include "../internal/complex_impl.h"

/* cacos z = pi/2 - casin z, from the same kernel: the real part in
 * [0, pi] (the kernel's for the signed x: the sign bit, so that -0
 * counts), the imaginary part of the opposite sign to y. */
double complex cacos(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double ra, rc, im;
	__cx_asin(__builtin_fabs(x), __builtin_fabs(y), __builtin_signbit(x) != 0, &ra, &rc, &im);
	return CMPLX(rc, -__builtin_copysign(im, y));
}

float complex cacosf(float complex z) { return (float complex)cacos(z); }
long double complex cacosl(long double complex z) { return cacos(z); }
