#include "../internal/complex_impl.h"

/* |z| = hypot: correctly rounded, no spurious overflow or underflow;
 * cabs(inf + iNaN) = +inf (Annex G, F.10.4.3). */
double cabs(double complex z) { return hypot(__real__ z, __imag__ z); }
float cabsf(float complex z) { return hypotf(__real__ z, __imag__ z); }
long double cabsl(long double complex z) { return hypot(__real__ z, __imag__ z); }
