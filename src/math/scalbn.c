#include <limits.h>
#include <errno.h>
#include "../internal/math_impl.h"

/* scalbn, scalbln and ldexp (the same function for FLT_RADIX 2). */
/* x * 2^n rounded once: a result about to be subnormal is brought there in
 * one multiplication from a normal intermediate. */
double scalbn(double x, int n)
{
	if (x == 0.0 || !__builtin_isfinite(x) || n == 0)
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
	if (!__builtin_isfinite(r) || r == 0.0)
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
