#include "../internal/complex_impl.h"

/* z^w = cexp(w clog z) (C11 7.3.8.2), the product with the Annex G rules
 * of complex multiplication.  The error grows with |w log z| (see
 * docs/math.md). */
double complex cpow(double complex z, double complex w)
{
	return cexp(w * clog(z));
}

float complex cpowf(float complex z, float complex w)
{
	return (float complex)cpow(z, w);
}

long double complex cpowl(long double complex z, long double complex w) { return cpow(z, w); }
