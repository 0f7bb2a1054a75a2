/* sin, cos, tan and sincos over __rem_pio2 and two kernels on |r| <= pi/4
 * (Taylor series, the leading terms in double-double). */
#include "../internal/math_impl.h"

/* 1/n! as double-doubles */
static const __dd F3 = { 0x1.5555555555555p-3, 0x1.5555555555555p-57 };
static const __dd F5 = { 0x1.1111111111111p-7, 0x1.1111111111111p-63 };
static const __dd F7 = { 0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73 };
static const __dd F4 = { 0x1.5555555555555p-5, 0x1.5555555555555p-59 };
static const __dd F6 = { 0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65 };
static const __dd F8 = { 0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76 };

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

/* c + z a, all double-doubles */
static __dd horner(__dd a, __dd z, __dd c) { return __dd_add(__dd_mul(a, z), c); }

/* The outer terms of each series by Horner's rule in double-double, the
 * inner ones (below 2^-20 relative) in double: about 2^-70 relative. */
__dd __sin_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = 0x1.71de3a556c734p-19 + w * (-0x1.ae64567f544e4p-26 + w * (0x1.6124613a86d09p-33 + w * (-0x1.ae7f3e733b81fp-41 +
		w * (0x1.952c77030ad4ap-49 + w * (-0x1.2f49b46814157p-57)))));
	__dd p = __dd_add_d(neg(F7), w * q);
	p = horner(p, z, F5);
	p = horner(p, z, neg(F3));
	p = __dd_mul(p, z);
	return __dd_add(r, __dd_mul(p, r));
}

__dd __cos_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = -0x1.27e4fb7789f5cp-22 + w * (0x1.1eed8eff8d898p-29 + w * (-0x1.93974a8c07c9dp-37 + w * (0x1.ae7f3e733b81fp-45 +
		w * (-0x1.6827863b97d97p-53))));
	__dd p = __dd_add_d(F8, w * q);
	p = horner(p, z, neg(F6));
	p = horner(p, z, F4);
	p = __dd_add_d(__dd_mul(p, z), -0.5);
	return __dd_add_d(__dd_mul(p, z), 1.0);
}

double sin(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return __math_tiny(x);
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
		if (x != 0)
			__math_inexact();
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
		return __math_tiny(x);
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
