#include <complex.h>

/* ctan z = -i ctanh(iz) (C11 7.3.5.6). */
double complex ctan(double complex z)
{
	double complex w = ctanh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
float complex ctanf(float complex z)
{
	float complex w = ctanhf(CMPLXF(-__imag__ z, __real__ z));
	return CMPLXF(__imag__ w, -__real__ w);
}
long double complex ctanl(long double complex z) { return ctan(z); }
