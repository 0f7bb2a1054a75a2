#include "../internal/complex_impl.h"

/* casinh z = i casin(-iz) (C11 7.3.6.2): the asin kernel on (|y|, |x|). */
double complex casinh(double complex z)
{
	double ra, rc, im;
	__cx_asin(__builtin_fabs(__imag__ z), __builtin_fabs(__real__ z), 0, &ra, &rc, &im);
	return CMPLX(__builtin_copysign(im, __real__ z), __builtin_copysign(ra, __imag__ z));
}

float complex casinhf(float complex z) { return (float complex)casinh(z); }
long double complex casinhl(long double complex z) { return casinh(z); }
