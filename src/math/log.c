/* log, log2, log10, log1p: x = 2^k m, m = c (1 + f) with c = j/64 from a
 * table of log(j/64), and log(m/c) = 2 atanh(s), s = (m - c)/(m + c),
 * |s| < 0.0056, all carried as double-doubles (about 2^-75 relative). */
#include "../internal/math_explog.h"

__dd __log_core(double x)
{
	uint64_t u = __dbits(x);
	int k = 0;
	if (u < (1ull << 52)) {   /* subnormal */
		u = __dbits(x * 0x1p54);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	uint64_t mb = u & ((1ull << 52) - 1);
	if (mb > 0x6a09e667f3bcdull) {   /* m > sqrt(2): use m/2 */
		mb |= 0x3fe0000000000000ull;
		k++;
	} else
		mb |= 0x3ff0000000000000ull;
	double m = __dfrom(mb);
	int j = (int)(m * 64.0 + 0.5);
	double c = j * 0x1p-6;
	__dd den = __two_sum(m, c);
	__dd s = __dd_div((__dd){ m - c, 0.0 }, den);
	double z = s.hi * s.hi;
	double tail = s.hi * z * (0x1.5555555555555p-1 + z * (0x1.999999999999ap-2 + z * (0x1.2492492492492p-2 + z * (0x1.c71c71c71c71cp-3 + z * (0x1.745d1745d1746p-3)))));
	__dd l = __dd_add_d((__dd){ 2.0 * s.hi, 2.0 * s.lo }, tail);
	__dd t = { __math_log_tab[j - 45][0], __math_log_tab[j - 45][1] };
	__dd kl = __two_sum(k * LN2_HI, k * LN2_LO);
	return __dd_add(__dd_add(kl, t), l);
}

/* log x = hi + *rest within *err (math_explog.h), x positive finite. */
static inline __attribute__((always_inline)) double log_fast(double x, double xlo, int with_lo, double *rest, double *err)
{
	uint64_t u = __dbits(x);
	int k0 = 0;
	if (u < (1ull << 52)) {   /* subnormal */
		u = __dbits(x * 0x1p52);
		k0 = -52;
	}
	if (!LOG_NEAR1(u) || k0) {
		*err = LOG_ERR_A_T;
		return __log_kernel_a(u, k0, xlo, with_lo, rest);
	}
	double K, hi = __log_kernel(u, k0, xlo, with_lo, rest, &K);
	*err = LOG_ERR_T(hi, K);
	return hi;
}

__dd __log_fast(double x, double *err)
{
	double rest, hi = log_fast(x, 0.0, 0, &rest, err);
	__dd r = __fast_two_sum(hi, rest);
	*err += __builtin_fabs(r.hi) * 0x1p-104;
	return r;
}

/* Non-positive, infinite or NaN argument: the result, or 0 to go on. */
static int special(double x, double *r)
{
	if (__builtin_isnan(x)) {
		*r = x + x;
		return 1;
	}
	if (x == 0.0) {
		*r = __math_divzero(1);
		return 1;
	}
	if (x < 0.0) {
		*r = __math_invalid(x);
		return 1;
	}
	if (__builtin_isinf(x)) {
		*r = x;
		return 1;
	}
	return 0;
}

double log(double x)
{
	uint64_t u = __dbits(x);
	/* fast path: positive normal x, x != 1 */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && u != 0x3ff0000000000000ull) {
		double rest, y;
		if (!LOG_NEAR1(u)) {
			double hi = __log_kernel_a(u, 0, 0.0, 0, &rest);
			y = __el_round(hi, rest, LOG_ERR_A_T);
		} else {
			double K, hi = __log_kernel(u, 0, 0.0, 0, &rest, &K);
			y = __el_round(hi, rest, LOG_ERR_T(hi, K));
		}
		if (y != 0.0)
			return y;
		MATH_SLOW(log);
		return __log_core(x).hi;
	}
	double r;
	if (special(x, &r))
		return r;
	if (x == 1.0)
		return 0.0;   /* exact */
	double err, rest, hi = log_fast(x, 0.0, 0, &rest, &err);
	double y = __el_round(hi, rest, err);
	if (y != 0.0)
		return y;
	MATH_SLOW(log);
	return __log_core(x).hi;
}

/* log x times C = A + B + C (the EL_ constants): hi + rest (the log
 * kernel, within err) with hi split into 26 + 27 bits, hi_a A exact, the
 * rest below 2^-24.4 of it and rounded four times (2^-75 of the result). */
static inline __attribute__((always_inline)) double log_times(double x, double a, double b, double c, double cd, int *ok)
{
	double err, rest, hi = log_fast(x, 0.0, 0, &rest, &err);
	double ha = __el_mask(hi, 27), hb = hi - ha;
	double p = ha * a;   /* exact */
	double m = (ha * b + hb * a) + ((hb * b + hi * c) + rest * cd);
	double y = __el_round(p, m, err * (cd * 1.001) + __builtin_fabs(p) * 0x1p-75);
	*ok = y != 0.0;
	return y;
}

double log2(double x)
{
	double r;
	uint64_t u = __dbits(x);
	if (u - 0x0010000000000000ull >= 0x7fe0000000000000ull && special(x, &r))
		return r;
	if ((u & ((1ull << 52) - 1)) == 0 && u >= (1ull << 52))
		return (double)((int)(u >> 52) - 1023);
	/* normal x outside [1 - 2^-9, 1 + 2^-8): log2's own kernel */
	if (u >= (1ull << 52) && !LOG_NEAR1(u)) {
		double rest, hi = __log2_kernel_a(u, &rest);
		double y = __el_round(hi, rest, LOG2_ERR_A_T);
		if (y != 0.0)
			return y;
		MATH_SLOW(log2);
		return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
	}
	int ok;
	double y = log_times(x, EL_INVLN2_A, EL_INVLN2_B, EL_INVLN2_C, 0x1.71547652b82fep+0, &ok);
	if (ok)
		return y;
	MATH_SLOW(log2);
	return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
}

double log10(double x)
{
	double r;
	uint64_t u = __dbits(x);
	if (u - 0x0010000000000000ull >= 0x7fe0000000000000ull && special(x, &r))
		return r;
	if (x == 1.0)
		return 0.0;
	int ok;
	double y = log_times(x, EL_INVLN10_A, EL_INVLN10_B, EL_INVLN10_C, 0x1.bcb7b1526e50ep-2, &ok);
	if (ok)
		return y;
	MATH_SLOW(log10);
	return __dd_mul(__log_core(x), (__dd){ INV_LN10_HI, INV_LN10_LO }).hi;
}

/* log of a double-double a > 0 (a.lo tiny beside a.hi). */
static __dd log_dd(__dd a)
{
	__dd l = __log_core(a.hi);
	/* a.lo / a.hi, unless negligible (and maybe underflowing) */
	if (a.lo != 0.0 && __builtin_fabs(a.lo) > a.hi * 0x1p-900)
		l = __dd_add_d(l, a.lo / a.hi);
	return l;
}

double log1p(double x)
{
	uint64_t ux = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: x > -1, 2^-20 <= |x| < inf; 1 + x = a.hi + a.lo, a.hi
	 * normal, a.lo folded into the reduced argument */
	if (__builtin_isgreater(x, -1.0) && ux - 0x3eb0000000000000ull < 0x7ff0000000000000ull - 0x3eb0000000000000ull) {
		__dd a = __two_sum(1.0, x);
		uint64_t u = __dbits(a.hi);
		double rest, y;
		if (!LOG_NEAR1(u)) {
			double hi = __log_kernel_a(u, 0, a.lo, 1, &rest);
			y = __el_round(hi, rest, LOG_ERR_A_T);
		} else {
			double K, hi = __log_kernel(u, 0, a.lo, 1, &rest, &K);
			y = __el_round(hi, rest, LOG_ERR_T(hi, K));
		}
		if (y != 0.0)
			return y;
		MATH_SLOW(log1p);
		return log_dd(a).hi;
	}
	if (__builtin_isnan(x))
		return x + x;
	if (x <= -1.0)
		return x == -1.0 ? __math_divzero(1) : __math_invalid(x);
	if (__builtin_isinf(x))
		return x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-20) {
		if (ax < 0x1p-54) {
			return __math_tiny(x);
		}
		return x + x * x * (-0.5 + x * (0x1.5555555555555p-2 + x * -0.25));
	}
	__dd a = __two_sum(1.0, x);
	return log_dd(a).hi;   /* not reached: 2^-20 <= |x| takes the fast path */
}

__dd __log_dd(__dd a) { return log_dd(a); }

/* Float versions: in double, the table of the double kernel (z invc - 1
 * exact: z has 24 bits, invc 20) and a degree-7 series, relative error
 * below 2^-50 (docs/math.md); near a float midpoint (__el_float_ok), the
 * double function rounded to float. */
/* (LOGF_C3 .. LOGF_C7: math_explog.h) */
float logf(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {   /* 0 < x < inf */
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(logf);
	}
	return __math_narrow(log(x));
}

float log2f(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = kd + (L + small) * 0x1.71547652b82fep+0;
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(log2f);
	}
	return __math_narrow(log2(x));
}

float log10f(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = kd * 0x1.34413509f79ffp-2 + (L + small) * 0x1.bcb7b1526e50ep-2;
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(log10f);
	}
	return __math_narrow(log10(x));
}

float log1pf(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	double xd = __arch_f2d(x), y;
	if (ax < 0x3c800000u) {   /* |x| < 2^-6 */
		if (ax < 0x33000000u)   /* |x| < 2^-25: the double function */
			return __math_narrow(log1p(x));
		double x2 = xd * xd;
		y = xd + x2 * ((-0.5 + xd * LOGF_C3) + x2 * ((LOGF_C4 + xd * LOGF_C5) + x2 * (LOGF_C6 + xd * LOGF_C7)));
	} else if (__builtin_isgreater(xd, -1.0) && ax < 0x7f800000u) {
		/* 1 + x exact below 2^53 (at most 33 bits below 2^32) */
		double kd, small, L = __logf_kernel(1.0 + xd, &kd, &small);
		y = (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
	} else
		return __math_narrow(log1p(x));
	if (__el_float_ok(y))
		return (float)y;
	MATH_SLOW(log1pf);
	return __math_narrow(log1p(x));
}

long double logl(long double x) { return log((double)x); }
long double log2l(long double x) { return log2((double)x); }
long double log10l(long double x) { return log10((double)x); }
long double log1pl(long double x) { return log1p((double)x); }
