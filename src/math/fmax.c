#include <errno.h>
#include "../internal/math_impl.h"

/* With one NaN operand the other is returned; of two equal operands (+0
 * and -0) the second, as the SSE max/min instructions (and glibc) do. */
/* A signaling NaN operand gives a NaN (and FE_INVALID), as in glibc. */
static int nan_pick(double x, double y, double *r)
{
	if (!__builtin_isnan(x) && !__builtin_isnan(y))
		return 0;
	int snan = (__builtin_isnan(x) && !(__dbits(x) & (1ull << 51))) ||
		(__builtin_isnan(y) && !(__dbits(y) & (1ull << 51)));
	*r = snan || (__builtin_isnan(x) && __builtin_isnan(y)) ? x + y : __builtin_isnan(x) ? y : x;
	return 1;
}

static int nan_pickf(float x, float y, float *r)
{
	if (!__builtin_isnan(x) && !__builtin_isnan(y))
		return 0;
	int snan = (__builtin_isnan(x) && !(__fbits(x) & (1u << 22))) ||
		(__builtin_isnan(y) && !(__fbits(y) & (1u << 22)));
	*r = snan || (__builtin_isnan(x) && __builtin_isnan(y)) ? x + y : __builtin_isnan(x) ? y : x;
	return 1;
}

double fmax(double x, double y)
{
	double r;
	if (nan_pick(x, y, &r))
		return r;
	return x > y ? x : y;
}

double fmin(double x, double y)
{
	double r;
	if (nan_pick(x, y, &r))
		return r;
	return x < y ? x : y;
}

float fmaxf(float x, float y)
{
	float r;
	if (nan_pickf(x, y, &r))
		return r;
	return x > y ? x : y;
}

float fminf(float x, float y)
{
	float r;
	if (nan_pickf(x, y, &r))
		return r;
	return x < y ? x : y;
}
long double fmaxl(long double x, long double y) { return fmax((double)x, (double)y); }
long double fminl(long double x, long double y) { return fmin((double)x, (double)y); }

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
