#include <complex.h>

/* catan z = -i catanh(iz) (C11 7.3.5.3). */
double complex catan(double complex z)
{
	double complex w = catanh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
float complex catanf(float complex z)
{
	float complex w = catanhf(CMPLXF(-__imag__ z, __real__ z));
	return CMPLXF(__imag__ w, -__real__ w);
}
long double complex catanl(long double complex z) { return catan(z); }
