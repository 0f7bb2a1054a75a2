#include <complex.h>

/* The imaginary part negated (its sign bit flipped, NaN too). */
double complex conj(double complex z) { return CMPLX(__real__ z, -__imag__ z); }
float complex conjf(float complex z) { return CMPLXF(__real__ z, -__imag__ z); }
long double complex conjl(long double complex z) { return CMPLXL(__real__ z, -__imag__ z); }
