#include <errno.h>
#include "../internal/math_impl.h"

double fdim(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (!(x > y))
		return 0.0;
	volatile double r = x - y;
	if (__builtin_isinf(r) && __builtin_isfinite(x) && __builtin_isfinite(y))
		errno = ERANGE;
	return r;
}

float fdimf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (!(x > y))
		return 0.0f;
	volatile float r = x - y;
	if (__builtin_isinf(r) && __builtin_isfinite(x) && __builtin_isfinite(y))
		errno = ERANGE;
	return r;
}

long double fdiml(long double x, long double y) { return fdim((double)x, (double)y); }
