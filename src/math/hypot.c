#include <errno.h>
#include "../internal/math_impl.h"

/* sqrt(x^2 + y^2) with the squares and their sum in double-double, after
 * scaling the larger operand near 1. */
static __attribute__((noinline)) double hypot_slow(double x, double y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inf();
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax < ay) {
		double t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0.0)
		return ax;
	int ex = ilogb(ax), ey = ilogb(ay);
	if (ex - ey > 60)
		return ax + ay;
	double s1 = __pow2(-(ex / 2)), s2 = __pow2(-(ex - ex / 2));
	ax = ax * s1 * s2;
	ay = ay * s1 * s2;
	__dd s = __dd_add(__two_prod(ax, ax), __two_prod(ay, ay));
	__dd h = __dd_sqrt(s);
	/* back by 2^ex, rounded once even when the result is subnormal */
	if (ex >= -1020) {
		volatile double r = h.hi * __pow2(ex / 2) * __pow2(ex - ex / 2);
		if (__builtin_isinf(r))
			errno = ERANGE;
		return r;
	}
	return __exp_finish(ex, h);
}

double hypot(double x, double y)
{
	/* compared as integers: no FE_INVALID for a NaN */
	uint64_t bx = __dbits(x) & ~(1ull << 63), by = __dbits(y) & ~(1ull << 63);
	if (bx < by) {
		uint64_t t = bx;
		bx = by;
		by = t;
	}
	double ax = __dfrom(bx), ay = __dfrom(by);
	/* (false for an infinite or NaN operand) */
	int fast = bx <= 0x5f30000000000000ull && by >= 0x23d0000000000000ull;   /* 2^500, 2^-450 */
	if (fast) {
		/* Fast path, no scaling (all the squares below stay normal):
		 * r = sqrt(ax^2 + ay^2) in plain double (|S - r^2| < 2^-51 r^2,
		 * S = ax^2 + ay^2), then the residual rho = S - r^2 from heads of
		 * 26 bits (the low 27 bits cleared: v = vh + vl, vl < 2^-25 v):
		 * rho = (xh^2 - rh^2 + yh^2) + 2 (xh xl + yh yl - rh rl) + (xl^2 +
		 * yl^2 - rl^2).  ax <= r < 2 ax, so xh^2 and rh^2 are exact
		 * multiples of 2^(2 ex - 50) and their difference (below 2^(2 ex +
		 * 3)) is exact; every other term and partial sum is below 2^-23
		 * r^2, so each rounding costs at most 2^-76 r^2: rho is within
		 * 2^-73 r^2 of S - r^2 (see docs/math.md, "Session 7"). */
		double r = __arch_sqrt_insn(ax * ax + ay * ay);
		const uint64_t m = ~((1ull << 27) - 1);
		double xh = __dfrom(bx & m), yh = __dfrom(by & m), rh = __dfrom(__dbits(r) & m);
		double xl = ax - xh, yl = ay - yh, rl = r - rh;
		double b = (xh * xh - rh * rh) + yh * yh;
		double c = (xh * xl + yh * yl) - rh * rl;
		double d = (xl * xl + yl * yl) - rl * rl;
		double rho = (b + 2.0 * c) + d;
		/* Most often r is the result: |sqrt(S) - r| = |S - r^2| / (r +
		 * sqrt(S)) < ulp(r)/2 when |rho| < r ulp(r) (1 - 2^-16): rho's
		 * error, 2^-73 r^2 <= 2^-20 r ulp(r), fits in the 2^-16 left; not
		 * when r is a power of two (the ulp below it is half).  No
		 * division on this path. */
		uint64_t rb = __dbits(r);
		double u = __dfrom((rb & (0x7ffull << 52)) - (52ull << 52));
		if (__builtin_fabs(rho) < r * u * 0x1.fffep-1 && (rb & 0xfffffffffffffull) != 0)
			return r;
		/* Newton's correction e = rho / (2r): rho's error 2^-73 r^2
		 * moves it by 2^-74 r, the division's rounding and the dropped
		 * term rho^2 / (8 r^3) are below 2^-104 r each: r + e is within
		 * 2^-73 r of the result. */
		double e = rho / (2.0 * r);
		__dd h = __fast_two_sum(r, e);
		if (__round_ok(h.hi, h.lo, h.hi * 0x1p-73))
			return h.hi;
	}
	if (fast)
		MATH_SLOW(hypot);
	return hypot_slow(x, y);
}

float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	double dx = __arch_f2d(x), dy = __arch_f2d(y);
	double s = __arch_sqrt_insn(dx * dx + dy * dy);
	/* below 2^127 the float result is finite, and it is never 0 unless
	 * x and y are (s >= max(|x|, |y|)): no range error to look for, so
	 * no call to __math_narrow (NaN and large results still go there) */
	if (s < 0x1p127)
		return (float)s;
	return __math_narrow(s);
}

long double hypotl(long double x, long double y) { return hypot((double)x, (double)y); }
