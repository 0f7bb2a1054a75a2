#include "../internal/nan_pick.h"

double fmax(double x, double y)
{
	double r;
	if (__nan_pick(x, y, &r))
		return r;
	return x > y ? x : y;
}

float fmaxf(float x, float y)
{
	float r;
	if (__nan_pickf(x, y, &r))
		return r;
	return x > y ? x : y;
}

long double fmaxl(long double x, long double y) { return fmax((double)x, (double)y); }
