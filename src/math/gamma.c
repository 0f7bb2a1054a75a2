/* lgamma and tgamma.  For x > 0, log Gamma(x) as a double-double: Stirling's
 * series once x >= 20, after shifting x up by the product x (x+1) ... ;
 * Taylor series about 1 and 2, where it vanishes.  For x < 0, the
 * reflection Gamma(x) Gamma(1-x) = pi / sin(pi x).  tgamma = e^lgamma with
 * the double-double carried into the exponential. */
#include "../internal/math_impl.h"

int signgam;

static const __dd HALF_LOG_2PI = { 0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55 };
static const __dd LOG_PI = { 0x1.250d048e7a1bdp+0, 0x1.7abf2ad8d5088p-57 };
static const __dd EULER = { 0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58 };

/* B_2k / (2k (2k-1)) */
static const double stirling_c[] = {
	0x1.5555555555555p-4, -0x1.6c16c16c16c17p-9, 0x1.a01a01a01a01ap-11, -0x1.3813813813814p-11,
	0x1.b951e2b18ff23p-11, -0x1.f6ab0d9993c7dp-10, 0x1.a41a41a41a41ap-8, -0x1.e4286cb0f5398p-6,
	0x1.6fe96381e0680p-3, -0x1.6476701181f3ap+0, 0x1.ace44322ce006p+3,
};

/* zeta(k), k = 2..12 */
static const double zeta[] = {
	0x1.a51a6625307d3p+0, 0x1.33ba004f00621p+0, 0x1.151322ac7d848p+0, 0x1.097418eca7ccep+0,
	0x1.0470984c09245p+0, 0x1.02232da14cf39p+0, 0x1.010b36af86397p+0, 0x1.00839f3d816b5p+0,
	0x1.00412e33a5bb9p+0, 0x1.0020631be48b3p+0, 0x1.001020a5b2cd3p+0,
};

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

/* log Gamma(z), z >= 20 */
static __dd stirling(__dd z)
{
	__dd lz = __log_dd(z);
	__dd t = __dd_add(__dd_mul(__dd_add_d(z, -0.5), lz), neg(z));
	/* 1/(12 z) in double-double, the rest in double */
	__dd w = __dd_div((__dd){ 1, 0 }, z);
	double w2 = w.hi * w.hi, s = 0;
	for (int i = (int)(sizeof stirling_c / sizeof stirling_c[0]) - 1; i >= 1; i--)
		s = s * w2 + stirling_c[i];
	__dd first = __dd_mul(w, (__dd){ 0x1.5555555555555p-4, 0x1.5555555555555p-58 });
	return __dd_add_d(__dd_add(__dd_add(t, HALF_LOG_2PI), first), s * w2 * w.hi);
}

/* log Gamma(x) for x > 0, x < 2^500 */
static __dd lgamma_pos(double x)
{
	if (x < 0x1p-60)   /* -log x - euler x */
		return x < 0x1p-900 ? neg(__log_core(x)) : __dd_add_d(neg(__log_core(x)), -EULER.hi * x);
	double e1 = x - 1, e2 = x - 2;
	if (__builtin_fabs(e1) < 0x1p-8 || __builtin_fabs(e2) < 0x1p-8) {
		/* lgamma(1+e) = -euler e + sum (-1)^k zeta(k)/k e^k;
		 * lgamma(2+e) = (1-euler) e + sum (-1)^k (zeta(k)-1)/k e^k */
		int two = __builtin_fabs(e2) < 0x1p-8;
		double e = two ? e2 : e1, s = 0;
		for (int k = 12; k >= 2; k--)
			s = s * e + ((k & 1) ? -1.0 : 1.0) * (zeta[k - 2] - two) / k;
		__dd c = two ? __dd_add_d(neg(EULER), 1.0) : neg(EULER);
		return __dd_add_d(__dd_mul_d(c, e), s * e * e);
	}
	if (x >= 20)
		return stirling((__dd){ x, 0 });
	int n = (int)(20 - x) + 1;
	__dd p = { x, 0 };
	for (int i = 1; i < n; i++)
		p = __dd_mul(p, __two_sum(x, i));
	return __dd_add(stirling(__two_sum(x, n)), neg(__log_dd(p)));
}

/* |sin(pi x)| as a double-double, x not an integer */
static __dd abs_sinpi(double x)
{
	double r = x - 2 * round(x * 0.5);   /* [-1, 1], exact */
	double n = round(2 * r), f = r - n * 0.5;   /* |f| <= 1/4 */
	__dd th = __dd_mul_d((__dd){ PI_HI, PI_LO }, f);
	__dd s = ((int)n & 1) ? __cos_kernel(th) : __sin_kernel(th);
	return s.hi < 0 ? neg(s) : s;
}

/* Next to a zero of lgamma (x in (-17, -2)), where the reflection below
 * would lose the small result, its Taylor series about the zero: the
 * result in *r, or 0 when x is not that close to one. */
static int near_zero(double x, double *r)
{
	if (!(x < -2 && x > -17))
		return 0;
	for (int i = 0; i < 30; i++) {
		const struct __lgamma_zero *z = &__math_lgamma_zeros[i];
		double xn = x - z->n;   /* exact: x and n are within a factor 2 */
		if (!(__builtin_fabs(xn - z->d_hi) < z->r * (0x1.0000000000000p-6)))
			continue;
		__dd h = __two_sum(xn - z->d_hi, -z->d_lo);   /* the first difference is exact */
		double p = 0;
		for (int j = 8; j >= 0; j--)
			p = p * h.hi + z->c[j];
		__dd s = __dd_add_d((__dd){ z->c1[0], z->c1[1] }, p * h.hi);
		*r = __dd_mul(s, h).hi;
		return 1;
	}
	return 0;
}

/* log|Gamma(x)| for x < 0 not an integer: log pi - log|sin(pi x)| - log|x| - lgamma(|x|) */
static __dd lgamma_neg(double x)
{
	__dd l = __dd_add(LOG_PI, neg(__log_dd(abs_sinpi(x))));
	l = __dd_add(l, neg(__log_core(-x)));
	return __dd_add(l, neg(lgamma_pos(-x)));
}

double lgamma_r(double x, int *sign)
{
	*sign = 1;
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return x * x;
	if (x == 0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return __math_divzero(0);
	}
	if (x < 0 && x == floor(x))
		return __math_divzero(0);
	if (x < 0) {
		if ((int64_t)floor(x) & 1 && x > -0x1p53)
			*sign = -1;
		if (x > -0x1p-60)
			return neg(__log_core(-x)).hi;
		double r;
		if (near_zero(x, &r))
			return r;
		return lgamma_neg(x).hi;
	}
	if (x == 1 || x == 2)
		return 0.0;
	if (x >= 0x1p500) {
		/* x (log x - 1), carried with x's significand */
		__dd l = __dd_add_d(__log_core(x), -1.0);
		int e = ilogb(x);
		double m = x * __pow2(-(e / 2)) * __pow2(-(e - e / 2));   /* [1, 2) */
		volatile double r = __dd_mul_d(l, m).hi * __pow2(e - 500) * 0x1p500;
		if (__builtin_isinf(r))
			return __math_oflow(0);
		return r;
	}
	return lgamma_pos(x).hi;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

double tgamma(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return x > 0 ? x : __math_invalid(x);
	if (x == 0)
		return __math_divzero(__builtin_signbit(x) != 0);
	if (x < 0 && x == floor(x))
		return __math_invalid(x);
	if (x > 172)
		return __math_oflow(0);
	if (__builtin_fabs(x) < 0x1p-56) {
		/* 1/x - euler */
		volatile double r = 1 / x;
		if (__builtin_isinf(r))
			return __math_oflow(x < 0);
		if (__builtin_fabs(x) < 0x1p-900) {   /* 1/x too big to split */
			__math_inexact();   /* Gamma(x) = 1/x - euler + ... */
			return r;
		}
		__dd q = __dd_div((__dd){ 1, 0 }, (__dd){ x, 0 });
		return q.hi + (q.lo - EULER.hi);
	}
	if (x < -190)
		return __math_uflow(((int64_t)floor(x) & 1) != 0);
	if (x == floor(x) && x <= 23) {
		double f = 1;   /* (x-1)!, exact */
		for (int i = 2; i < (int)x; i++)
			f *= i;
		return f;
	}
	__dd l = x > 0 ? lgamma_pos(x) : lgamma_neg(x), r;
	int k = __exp_core(l, &r);
	if (x < 0 && ((int64_t)floor(x) & 1))
		r = neg(r);
	return __exp_finish(k, r);
}

float lgammaf_r(float x, int *sign) { return __math_narrow(lgamma_r(x, sign)); }
float lgammaf(float x) { return __math_narrow(lgamma_r(x, &signgam)); }
float tgammaf(float x) { return __math_narrow(tgamma(x)); }
long double lgammal_r(long double x, int *sign) { return lgamma_r((double)x, sign); }
long double lgammal(long double x) { return lgamma_r((double)x, &signgam); }
long double tgammal(long double x) { return tgamma((double)x); }
