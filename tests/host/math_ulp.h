/* Errors in ULPs for the host tests of <math.h> and <complex.h>: of a
 * double result against a long double reference (ULPs of the double
 * nearest it), and of a float against a double one.  An infinity matches
 * a reference beyond the largest finite value (with its sign); NaN
 * matches NaN; anything else against those is 1e9. */
#ifndef TESTS_HOST_MATH_ULP_H
#define TESTS_HOST_MATH_ULP_H

#include <float.h>
#include <math.h>

static double ulp_err(double r, long double ref)
{
	if (isnan(r) || isnan(ref))
		return isnan(r) && isnan(ref) ? 0 : 1e9;
	if (isinf(r) || isinf(ref)) {
		if (isinf(r) && fabsl(ref) >= (long double)DBL_MAX * (1 + 0x1p-54L) && signbit(r) == signbit(ref))
			return 0;
		return r == ref ? 0 : 1e9;
	}
	int e = ilogbl(ref);
	if (ref == 0 || e < -1022)
		e = -1022;
	long double u = ldexpl(1.0L, e - 52);
	return (double)(fabsl((long double)r - ref) / u);
}

static double ulp_errf(float r, double ref)
{
	if (isnan(r) || isnan(ref))
		return isnan(r) && isnan(ref) ? 0 : 1e9;
	if (isinf(r) || isinf(ref)) {
		if (isinf(r) && fabs(ref) >= FLT_MAX * (1 + 0x1p-25) && signbit(r) == signbit(ref))
			return 0;
		return r == ref ? 0 : 1e9;
	}
	int e = ilogb(ref);
	if (ref == 0 || e < -126)
		e = -126;
	return fabs((double)r - ref) / ldexp(1.0, e - 23);
}

#endif
