/* sin, cos, tan and sincos over __rem_pio2 and two kernels on |r| <= pi/4
 * (Taylor series, the leading terms in double-double). */
#include "../internal/math_impl.h"

__dd __sin_kernel(__dd r)
{
	double h = r.hi, z = h * h;
	/* -h^3/6 as a double-double */
	__dd h3 = __dd_mul_d(__two_prod(h, h), h);
	__dd t3 = __dd_mul(h3, (__dd){ -0x1.5555555555555p-3, -0x1.5555555555555p-57 });
	double tail = h * z * z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 +
		z * (-1.0 / 39916800 + z * (1.0 / 6227020800 + z * (-1.0 / 1307674368000 +
		z * (1.0 / 355687428096000 + z * (-1.0 / 121645100408832000))))))));
	tail += r.lo * (1 - 0.5 * z);
	return __dd_add_d(__dd_add((__dd){ h, 0 }, t3), tail);
}

__dd __cos_kernel(__dd r)
{
	double h = r.hi, z = h * h;
	__dd hz = __two_prod(h, h);
	hz.lo += 2 * h * r.lo;
	hz.hi *= -0.5;
	hz.lo *= -0.5;
	double tail = z * z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 + z * (-1.0 / 3628800 +
		z * (1.0 / 479001600 + z * (-1.0 / 87178291200 + z * (1.0 / 20922789888000 +
		z * (-1.0 / 6402373705728000))))))));
	return __dd_add_d(__dd_add_d(hz, 1.0), tail);
}

/* Tiny argument: sin and tan are x (underflow raised for subnormals). */
static double tiny(double x)
{
	if (x != 0 && __builtin_fabs(x) < 0x1p-1022) {
		volatile double t = x;
		t = t * t;
	}
	return x;
}

double sin(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return tiny(x);
	__dd r;
	switch (__rem_pio2(x, &r)) {
	case 0: return __sin_kernel(r).hi;
	case 1: return __cos_kernel(r).hi;
	case 2: return -__sin_kernel(r).hi;
	default: return -__cos_kernel(r).hi;
	}
}

double cos(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27) {
		volatile double t = 1.0 + 0x1p-60;
		(void)t;
		return 1.0;
	}
	__dd r;
	switch (__rem_pio2(x, &r)) {
	case 0: return __cos_kernel(r).hi;
	case 1: return -__sin_kernel(r).hi;
	case 2: return -__cos_kernel(r).hi;
	default: return __sin_kernel(r).hi;
	}
}

void sincos(double x, double *s, double *c)
{
	*s = sin(x);
	*c = cos(x);
}

double tan(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return tiny(x);
	__dd r;
	int n = __rem_pio2(x, &r);
	__dd s = __sin_kernel(r), c = __cos_kernel(r);
	if (n & 1) {
		c.hi = -c.hi;
		c.lo = -c.lo;
		return __dd_div(c, s).hi;
	}
	return __dd_div(s, c).hi;
}

float sinf(float x) { return __math_narrow(sin(x)); }
float cosf(float x) { return __math_narrow(cos(x)); }
float tanf(float x) { return __math_narrow(tan(x)); }
void sincosf(float x, float *s, float *c) { *s = sinf(x); *c = cosf(x); }
long double sinl(long double x) { return sin((double)x); }
long double cosl(long double x) { return cos((double)x); }
long double tanl(long double x) { return tan((double)x); }
void sincosl(long double x, long double *s, long double *c)
{
	double a, b;
	sincos((double)x, &a, &b);
	*s = a;
	*c = b;
}
