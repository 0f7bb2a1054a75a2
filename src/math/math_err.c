#include <errno.h>
#include "../internal/math_impl.h"

/* The arithmetic goes through volatile so that the exception flags are
 * raised at run time rather than folded away by the compiler. */

double __math_tiny(double x)
{
	if (x != 0.0 && __builtin_fabs(x) < 0x1p-1022) {
		volatile double t = x;
		t = t * t;   /* underflow and inexact */
	} else if (x != 0.0)
		__math_inexact();
	return x;
}

void __math_inexact(void)
{
	volatile double one = 1.0, s;
	s = one + 0x1p-60;
	(void)s;
}

double __math_invalid(double x)
{
	volatile double z = x - x;
	errno = EDOM;
	return z / z;
}

double __math_divzero(int neg)
{
	volatile double z = 0.0;
	errno = ERANGE;
	return (neg ? -1.0 : 1.0) / z;
}

double __math_oflow(int neg)
{
	volatile double h = 0x1p769;
	errno = ERANGE;
	return (neg ? -h : h) * h;
}

double __math_uflow(int neg)
{
	volatile double t = 0x1p-767;
	errno = ERANGE;
	return (neg ? -t : t) * t;
}

float __math_invalidf(float x)
{
	volatile float z = x - x;
	errno = EDOM;
	return z / z;
}

float __math_narrow(double d)
{
	volatile float f = (float)d;
	if ((__builtin_isinf(f) && !__builtin_isinf(d)) || (f == 0.0f && d != 0.0))
		errno = ERANGE;
	return f;
}

float __math_narrow_uflow(double d)
{
	float r = __math_narrow(d);
	if (d != 0.0 && __builtin_isless(__builtin_fabs(d), 0x1p-149))
		errno = ERANGE;
	return r;
}

int __math_round_mode(void)
{
	volatile double one = 1.0, tiny = 0x1p-60;
	double up = one + tiny, down = -one - tiny, in = one - tiny;
	if (up > 1.0)
		return 2;
	if (down < -1.0)
		return 1;
	if (in < 1.0)
		return 3;
	return 0;
}
