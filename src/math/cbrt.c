#include "../internal/math_impl.h"

/* Halley's iteration from a linear guess, then one Newton step with the
 * residual x - y^3 formed in double-double. */
double cbrt(double x)
{
	if (!__builtin_isfinite(x) || x == 0.0)
		return x + x;
	uint64_t u = __dbits(x) & ~(1ull << 63);
	int e = 0;
	if (u < (1ull << 52)) {
		u = __dbits(__builtin_fabs(x) * 0x1p54);
		e = -54;
	}
	e += (int)(u >> 52) - 1023;
	int q = e >= 0 ? e / 3 : -((-e + 2) / 3), rem = e - 3 * q;   /* e = 3q + rem */
	double a = __dfrom((u & ((1ull << 52) - 1)) | ((uint64_t)(1023 + rem) << 52));   /* [1, 8) */
	double y = 1.0 + (a - 1.0) * (0x1.2492492492492p-3);
	for (int i = 0; i < 3; i++) {
		double y3 = y * y * y;
		y = y * (y3 + 2.0 * a) / (2.0 * y3 + a);
	}
	__dd y3 = __dd_mul_d(__two_prod(y, y), y);
	__dd d = __dd_add_d((__dd){ -y3.hi, -y3.lo }, a);
	y += d.hi / (3.0 * y * y);
	y *= __pow2(q);
	return x < 0.0 ? -y : y;
}

float cbrtf(float x) { return (float)cbrt(x); }
long double cbrtl(long double x) { return cbrt((double)x); }
