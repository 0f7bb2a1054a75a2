#include "../internal/complex_impl.h"

/* catanh: odd and conjugate-symmetric, the kernel on |x|, |y|
 * (complex_impl.h); special values as G.6.2.3. */
double complex catanh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double re, im;
	if (__builtin_isnan(x) || __builtin_isnan(y)) {
		if (__builtin_isinf(x))
			return CMPLX(__builtin_copysign(0.0, x), y);          /* +-0 + iNaN */
		if (__builtin_isinf(y))
			return CMPLX(__builtin_copysign(0.0, x), __builtin_copysign(CX_PIO2, y));
		if (x == 0.0)
			return CMPLX(x, y);                                   /* +-0 + iNaN */
		return CMPLX(x + y, x + y);
	}
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return CMPLX(__builtin_copysign(0.0, x), __builtin_copysign(CX_PIO2, y));
	if (y == 0.0 && ax <= 1.0) {
		re = atanh(ax);            /* +inf and divide-by-zero at 1 */
		im = 0.0;
	} else if (x == 0.0) {
		re = 0.0;
		im = atan(ay);
	} else {
		__cx_atanh(ax, ay, &re, &im);
	}
	return CMPLX(__builtin_copysign(re, x), __builtin_copysign(im, y));
}

float complex catanhf(float complex z) { return (float complex)catanh(z); }
long double complex catanhl(long double complex z) { return catanh(z); }
