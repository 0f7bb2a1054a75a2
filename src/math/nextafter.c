#include <errno.h>
#include "../internal/math_impl.h"

double nextafter(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint64_t u = __dbits(x);
	if (x == 0.0)
		u = (__dbits(y) & (1ull << 63)) | 1;
	else if ((x < y) == !(u >> 63))
		u++;
	else
		u--;
	volatile double r = __dfrom(u);
	if (__builtin_isinf(r)) {
		volatile double h = x;
		h = h * 2.0;   /* overflow and inexact */
		errno = ERANGE;
	} else if ((u & 0x7ff0000000000000ull) == 0) {
		volatile double t = 0x1p-1000;
		t = t * t;   /* underflow and inexact */
		if (x != 0.0)
			errno = ERANGE;
	}
	return r;
}

float nextafterf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint32_t u = __fbits(x);
	if (x == 0.0f)
		u = (__fbits(y) & 0x80000000u) | 1;
	else if ((x < y) == !(u >> 31))
		u++;
	else
		u--;
	volatile float r = __ffrom(u);
	if (__builtin_isinf(r)) {
		volatile float h = x;
		h = h * 2.0f;
		errno = ERANGE;
	} else if ((u & 0x7f800000u) == 0) {
		volatile float t = 0x1p-100f;
		t = t * t;
		if (x != 0.0f)
			errno = ERANGE;
	}
	return r;
}

long double nextafterl(long double x, long double y) { return nextafter((double)x, (double)y); }
/* long double is double here: nexttoward is nextafter. */
double nexttoward(double x, long double y) { return nextafter(x, (double)y); }
long double nexttowardl(long double x, long double y) { return nextafter((double)x, (double)y); }

float nexttowardf(float x, long double y)
{
	double yd = (double)y;
	if (__builtin_isnan(x) || __builtin_isnan(yd))
		return (float)(x + yd);
	if ((double)x == yd)
		return (float)yd;
	return nextafterf(x, x < yd ? __builtin_inff() : -__builtin_inff());
}
