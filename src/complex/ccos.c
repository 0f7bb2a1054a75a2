#include <complex.h>

/* ccos z = ccosh(iz) (C11 7.3.5.4). */
double complex ccos(double complex z) { return ccosh(CMPLX(-__imag__ z, __real__ z)); }
float complex ccosf(float complex z) { return ccoshf(CMPLXF(-__imag__ z, __real__ z)); }
long double complex ccosl(long double complex z) { return ccos(z); }
