#include "../internal/complex_impl.h"

/* arg z = atan2(Im, Re), in [-pi, pi]; the signs of zeros choose the side
 * of the cut on the negative real axis. */
double carg(double complex z) { return atan2(__imag__ z, __real__ z); }
float cargf(float complex z) { return atan2f(__imag__ z, __real__ z); }
long double cargl(long double complex z) { return atan2(__imag__ z, __real__ z); }
