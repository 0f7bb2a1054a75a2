#include "../internal/complex_impl.h"

/* log|z| + i arg z.  log|z| without overflow or underflow of |z| and, next
 * to |z| = 1, from x^2 + y^2 - 1 computed exactly (complex_impl.h). */
double complex clog(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double im = atan2(y, x);
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return CMPLX(__builtin_inf(), im);
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return CMPLX(x + y, x + y);
	if (x == 0.0 && y == 0.0)
		return CMPLX(-1.0 / __builtin_fabs(x), im);   /* -inf, divide-by-zero */
	return CMPLX(__cx_log_abs(x, y), im);
}

float complex clogf(float complex z) { return (float complex)clog(z); }
long double complex clogl(long double complex z) { return clog(z); }
