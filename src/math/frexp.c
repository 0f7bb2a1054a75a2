#include <limits.h>
#include <errno.h>
#include "../internal/math_impl.h"

double frexp(double x, int *e)
{
	uint64_t u = __dbits(x);
	int ex = (int)((u >> 52) & 0x7ff);
	if (ex == 0) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x *= 0x1p64;
		u = __dbits(x);
		ex = (int)((u >> 52) & 0x7ff) - 64;
	} else if (ex == 0x7ff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 1022;
	return __dfrom((u & 0x800fffffffffffffull) | 0x3fe0000000000000ull);
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }
long double frexpl(long double x, int *e) { return frexp((double)x, e); }

/* x * 2^n rounded once: a result about to be subnormal is brought there in
 * one multiplication from a normal intermediate. */
double scalbn(double x, int n)
{
	if (x == 0 || !__builtin_isfinite(x) || n == 0)
		return x * 1.0;
	if (n > 2200)
		n = 2200;
	if (n < -2200)
		n = -2200;
	double y = x;
	if (n > 1023) {
		y *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			y *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		/* 2^-1022 * 2^53: stay normal until the last step */
		y *= 0x1p-969;
		n += 969;
		if (n < -1022) {
			y *= 0x1p-969;
			n += 969;
			if (n < -1022)
				n = -1022;
		}
	}
	volatile double r = y * __pow2(n);
	if (!__builtin_isfinite(r) || r == 0)
		errno = ERANGE;
	return r;
}

float scalbnf(float x, int n)
{
	if (n > 400)
		n = 400;
	if (n < -400)
		n = -400;
	/* exact in double, one rounding to float */
	return __math_narrow(scalbn(x, n));
}

long double scalbnl(long double x, int n) { return scalbn((double)x, n); }
double ldexp(double x, int n) { return scalbn(x, n); }
float ldexpf(float x, int n) { return scalbnf(x, n); }
long double ldexpl(long double x, int n) { return scalbn((double)x, n); }

static int clamp(long n) { return n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n; }
double scalbln(double x, long n) { return scalbn(x, clamp(n)); }
float scalblnf(float x, long n) { return scalbnf(x, clamp(n)); }
long double scalblnl(long double x, long n) { return scalbn((double)x, clamp(n)); }

int ilogb(double x)
{
	uint64_t u = __dbits(x);
	int ex = (int)((u >> 52) & 0x7ff);
	if (ex == 0x7ff || x == 0) {
		__math_invalid(0.0);   /* FE_INVALID and EDOM */
		return x == 0 ? FP_ILOGB0 : __builtin_isnan(x) ? FP_ILOGBNAN : INT_MAX;
	}
	if (ex == 0)
		return (int)((__dbits(x * 0x1p64) >> 52) & 0x7ff) - 1023 - 64;
	return ex - 1023;
}

int ilogbf(float x) { return ilogb(x); }
int ilogbl(long double x) { return ilogb((double)x); }

double logb(double x)
{
	if (x == 0) {
		volatile double z = 0.0;
		return -1.0 / z;   /* divide-by-zero; glibc leaves errno */
	}
	if (!__builtin_isfinite(x))
		return x * x;
	return (double)ilogb(x);
}

float logbf(float x) { return (float)logb(x); }
long double logbl(long double x) { return logb((double)x); }

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
