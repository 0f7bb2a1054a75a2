#include "../internal/math_impl.h"

double logb(double x)
{
	if (x == 0.0) {
		volatile double z = 0.0;
		return -1.0 / z;   /* divide-by-zero; glibc leaves errno */
	}
	if (!__builtin_isfinite(x))
		return x * x;
	return (double)ilogb(x);
}

float logbf(float x) { return (float)logb(x); }
long double logbl(long double x) { return logb((double)x); }
