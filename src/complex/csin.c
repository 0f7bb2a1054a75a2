#include <complex.h>

/* csin z = -i csinh(iz) (C11 7.3.5.5; the special values follow). */
double complex csin(double complex z)
{
	double complex w = csinh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
float complex csinf(float complex z)
{
	float complex w = csinhf(CMPLXF(-__imag__ z, __real__ z));
	return CMPLXF(__imag__ w, -__real__ w);
}
long double complex csinl(long double complex z) { return csin(z); }
