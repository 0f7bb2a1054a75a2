#include "../internal/math_impl.h"

double modf(double x, double *ip)
{
	if (!__builtin_isfinite(x)) {
		*ip = x;
		return __builtin_isnan(x) ? x + x : copysign(0.0, x);
	}
	double i = trunc(x);
	*ip = i;
	return copysign(x - i, x);
}

float modff(float x, float *ip)
{
	double i;
	float r = (float)modf(x, &i);
	*ip = (float)i;
	return r;
}

long double modfl(long double x, long double *ip)
{
	double i, r = modf((double)x, &i);
	*ip = i;
	return r;
}
