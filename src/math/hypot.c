#include <errno.h>
#include "../internal/math_impl.h"

/* sqrt(x^2 + y^2) with the squares and their sum in double-double, after
 * scaling the larger operand near 1. */
double hypot(double x, double y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inf();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax < ay) {
		double t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0)
		return ax;
	int ex = ilogb(ax), ey = ilogb(ay);
	if (ex - ey > 60)
		return ax + ay;
	double s1 = __pow2(-(ex / 2)), s2 = __pow2(-(ex - ex / 2));
	ax = ax * s1 * s2;
	ay = ay * s1 * s2;
	__dd s = __dd_add(__two_prod(ax, ax), __two_prod(ay, ay));
	__dd h = __dd_sqrt(s);
	/* back by 2^ex, rounded once even when the result is subnormal */
	if (ex >= -1020) {
		volatile double r = h.hi * __pow2(ex / 2) * __pow2(ex - ex / 2);
		if (__builtin_isinf(r))
			errno = ERANGE;
		return r;
	}
	return __exp_finish(ex, h);
}

float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	double dx = x, dy = y;
	return __math_narrow(__arch_sqrt(dx * dx + dy * dy));
}

long double hypotl(long double x, long double y) { return hypot((double)x, (double)y); }
