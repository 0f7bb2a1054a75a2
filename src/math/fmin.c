#include "../internal/nan_pick.h"

double fmin(double x, double y)
{
	double r;
	if (__nan_pick(x, y, &r))
		return r;
	return x < y ? x : y;
}

float fminf(float x, float y)
{
	float r;
	if (__nan_pickf(x, y, &r))
		return r;
	return x < y ? x : y;
}
long double fminl(long double x, long double y) { return fmin((double)x, (double)y); }

