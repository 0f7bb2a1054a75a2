#include "../internal/complex_impl.h"

/* The kernel on |x|, |y| (complex_impl.h); casin is odd and
 * conjugate-symmetric, so the parts take the signs of x and y (on the cuts
 * |x| > 1 the sign of a zero y chooses the side). */
double complex casin(double complex z)
{
	double ra, rc, im;
	__cx_asin(__builtin_fabs(__real__ z), __builtin_fabs(__imag__ z), 0, &ra, &rc, &im);
	return CMPLX(__builtin_copysign(ra, __real__ z), __builtin_copysign(im, __imag__ z));
}

float complex casinf(float complex z) { return (float complex)casin(z); }
long double complex casinl(long double complex z) { return casin(z); }
