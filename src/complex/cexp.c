#include "../internal/complex_impl.h"

/* e^x (cos y + i sin y): e^x as 2^k r and cos y, sin y in double-double,
 * each product rounded once (overflow and underflow where the part
 * itself does, not where e^x alone would). */
double complex cexp(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isfinite(x) && __builtin_isfinite(y)) {
		if (y == 0.0)
			return CMPLX(exp(x), y);
		if (x > 1100)
			x = 1100;   /* overflows: e^1100 |cos y| > 2^1500 */
		else if (x < -1100)
			x = -1100;  /* underflows */
		__dd r, s, c;
		int k = __exp_core((__dd){ x, 0.0 }, &r);
		__cx_sincos(y, &s, &c);
		return CMPLX(__cx_round_mul(k, r, c), __cx_round_mul(k, r, s));
	}
	if (__builtin_isnan(x)) {
		if (y == 0.0)
			return CMPLX(x, y);           /* NaN + i0 */
		return CMPLX(x, x + y);           /* NaN + iNaN */
	}
	if (__builtin_isinf(x)) {
		if (x > 0) {
			if (y == 0.0)
				return CMPLX(x, y);       /* +inf + i0 */
			if (__builtin_isfinite(y))
				return CMPLX(x * cos(y), x * sin(y));
			return CMPLX(x, y - y);       /* +-inf + iNaN, invalid for y inf */
		}
		if (__builtin_isfinite(y))
			return CMPLX(__builtin_copysign(0.0, cos(y)), __builtin_copysign(0.0, sin(y)));
		return CMPLX(0.0, __builtin_copysign(0.0, y));   /* +-0 +-i0 */
	}
	return CMPLX(y - y, y - y);           /* finite x, y inf (invalid) or NaN */
}

float complex cexpf(float complex z) { return (float complex)cexp(z); }
long double complex cexpl(long double complex z) { return cexp(z); }
