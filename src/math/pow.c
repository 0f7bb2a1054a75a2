/* pow: e^(y log x) with log x and the product carried as double-doubles,
 * so that the result is rounded once from about 2^-65 relative error. */
#include "../internal/math_impl.h"

/* 0: not an integer, 1: odd integer, 2: even integer. */
static int int_kind(double y)
{
	uint64_t u = __dbits(y);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	if (e < 0 || e == 1024)   /* 0 < |y| < 1, inf, NaN */
		return 0;
	if (e >= 53)
		return 2;
	uint64_t m = (u & ((1ull << 52) - 1)) | (1ull << 52);
	int fb = 52 - e;   /* fraction bits */
	if (m & ((1ull << fb) - 1))
		return 0;
	return (m >> fb) & 1 ? 1 : 2;
}

double pow(double x, double y)
{
	if (y == 0 || x == 1)
		return 1.0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x);
	int yk = int_kind(y);
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0;
		return (ax > 1) == (y > 0) ? __builtin_inf() : 0.0;
	}
	int neg = __builtin_signbit(x) && yk == 1;
	if (__builtin_isinf(x)) {
		/* |x|^y is inf for y > 0, 0 for y < 0; the sign is -1 to an odd power */
		double r = y > 0 ? __builtin_inf() : 0.0;
		return neg ? -r : r;
	}
	if (x == 0) {
		if (y < 0)
			return __math_divzero(neg);
		return neg ? -0.0 : 0.0;
	}
	if (x < 0 && yk == 0)
		return __math_invalid(x);
	if (ax == 1)
		return neg ? -1.0 : 1.0;
	if (__builtin_fabs(y) > 0x1p64)
		return (ax > 1) == (y > 0) ? __math_oflow(neg) : __math_uflow(neg);
	/* Fast path: log x as hi + lo within lerr (plain double), the product
	 * with y in double-double (error |y| lerr plus its own roundings,
	 * below 2^-102 |t|), then exp's fast path with that error added to its
	 * rounding test.  Only when y log x is neither tiny (the products
	 * could underflow) nor near the limits of the normal range. */
	double lerr;
	__dd lf = __log_fast(ax, &lerr);
	if ((int)((__dbits(lf.hi) >> 52) & 0x7ff) + (int)((__dbits(y) >> 52) & 0x7ff) > 2046 - 800) {
		__dd tf = __two_prod(lf.hi, y);
		tf.lo += lf.lo * y;
		tf = __fast_two_sum(tf.hi, tf.lo);
		double res;
		if (__builtin_fabs(tf.hi) < 708 &&
		    __exp_fast(tf.hi, tf.lo, __builtin_fabs(y) * lerr + __builtin_fabs(tf.hi) * 0x1p-102, &res))
			return neg ? -res : res;
	}
	__dd l = __log_core(ax);
	if (ilogb(l.hi) + ilogb(y) < -900) {
		/* y log x negligible (and its products would underflow): 1, inexact */
		volatile double one = 1.0, t = 0x1p-80;
		return one + t * (l.hi < 0 ? -1 : 1) * (y < 0 ? -1 : 1);
	}
	__dd t = __two_prod(l.hi, y);
	t.lo += l.lo * y;
	t = __fast_two_sum(t.hi, t.lo);
	if (t.hi > 710)
		return __math_oflow(neg);
	if (t.hi < -746)
		return __math_uflow(neg);
	__dd r;
	int k = __exp_core(t, &r);
	if (neg) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return __exp_finish(k, r);
}

float powf(float x, float y) { return __math_narrow_uflow(pow(x, y)); }
long double powl(long double x, long double y) { return pow((double)x, (double)y); }
