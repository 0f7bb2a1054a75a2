#include <complex.h>

/* The Riemann sphere: every infinity (even with a NaN part) is
 * +inf + i copysign(0, Im z); the rest is z. */
double complex cproj(double complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLX(__builtin_inf(), __builtin_copysign(0.0, __imag__ z));
	return z;
}
float complex cprojf(float complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLXF(__builtin_inff(), __builtin_copysignf(0.0f, __imag__ z));
	return z;
}
long double complex cprojl(long double complex z) { return cproj(z); }
