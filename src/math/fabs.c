#include "../internal/math_impl.h"

double fabs(double x) { return __dfrom(__dbits(x) & ~(1ull << 63)); }
float fabsf(float x) { return __ffrom(__fbits(x) & 0x7fffffffu); }
long double fabsl(long double x) { return fabs((double)x); }

double copysign(double x, double y)
{
	return __dfrom((__dbits(x) & ~(1ull << 63)) | (__dbits(y) & (1ull << 63)));
}
float copysignf(float x, float y)
{
	return __ffrom((__fbits(x) & 0x7fffffffu) | (__fbits(y) & 0x80000000u));
}
long double copysignl(long double x, long double y) { return copysign((double)x, (double)y); }
