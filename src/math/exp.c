/* exp, exp2, exp10, expm1: e^r on a double-double argument, reduced by
 * multiples of ln2/64 (table of 2^(j/64)) to |r| < 0.0055, where a short
 * series is enough for about 2^-80 relative error. */
#include <errno.h>
#include "../internal/math_explog.h"

/* e^r - 1 = r + r^2/2 + r^3 (1/6 + r/24 + ...) for |r| < 0.0055 */
static __dd expm1_poly(__dd r)
{
	double h = r.hi;
	__dd r2 = __two_prod(h, h);
	r2.lo += 2.0 * h * r.lo;
	r2.hi *= 0.5;
	r2.lo *= 0.5;
	double tail = h * h * h * (0x1.5555555555555p-3 + h * (0x1.5555555555555p-5 + h * (0x1.1111111111111p-7 + h * (0x1.6c16c16c16c17p-10 +
		h * (0x1.a01a01a01a01ap-13 + h * (0x1.a01a01a01a01ap-16))))));
	return __dd_add_d(__dd_add(r, r2), tail);
}

int __exp_core(__dd a, __dd *res)
{
	double t = a.hi * (0x1.71547652b82fep+6);
	int kk = (int)(t < 0.0 ? t - 0.5 : t + 0.5);
	/* r = a - kk * ln2/64: kk * LN2_64_HI is exact and so is the subtraction */
	__dd r = __two_sum(a.hi - kk * LN2_64_HI, a.lo);
	r = __dd_add(r, __two_prod(-(double)kk, LN2_64_LO));
	int j = kk & 63, k = (kk - j) / 64;
	__dd p = expm1_poly(r);
	__dd T = { __math_exp2_64[j][0], __math_exp2_64[j][1] };
	*res = __dd_add(T, __dd_mul(T, p));
	return k;
}

/* 2^k * (r.hi + r.lo) rounded once, r finite and nonzero. */
double __exp_finish(int k, __dd r)
{
	/* bring |r| into [1, 2) */
	if (r.hi == 0.0 || !__builtin_isfinite(r.hi))
		return r.hi;
	int e = ilogb(r.hi);   /* callers' r are within [2^-20, 4] */
	if (e) {
		double s = __pow2(-e);
		r.hi *= s;
		r.lo *= s;
		k += e;
	}
	if (k >= -1022) {
		if (k > 1023)
			return __math_oflow(r.hi < 0.0);
		volatile double y = r.hi * __pow2(k);
		if (__builtin_isinf(y))
			errno = ERANGE;
		return y;
	}
	int neg = r.hi < 0.0;
	if (k < -1080)
		return __math_uflow(neg);
	if (neg) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	/* Subnormal range: scale so that one unit is 2^-1074 and round the
	 * integer part by hand, to nearest, ties to even. */
	int s = k + 1074;
	double vh = r.hi * __pow2(s), vl = r.lo * __pow2(s);
	double ip = floor(vh);
	double f = (vh - ip) + vl;
	int odd = (int)((uint64_t)ip & 1);
	if (f > 0.5 || (f == 0.5 && odd))
		ip += 1.0;
	else if (f < -0.5 || (f == -0.5 && odd))
		ip -= 1.0;
	double y = ip * 0x1p-1074;
	if (y == 0.0)
		return __math_uflow(neg);
	volatile double t = 0x1p-1022;
	t = t * 0x1p-60;   /* underflow and inexact */
	return neg ? -y : y;
}

/* Fast path of e^(x + xl) (|x| < 708, |xl| <= 2^-40): the kernel of
 * math_explog.h, within EXP_ERR + 2.03 xerr before the scaling by 2^k. */
int __exp_fast(double x, double xl, double xerr, double *res)
{
	double rest;
	int k;
	double hi = __exp_kernel(x, xl, &rest, &k);
	double y = __el_round(hi, rest, EXP_ERR + 0x1p-70 + xerr * 2.03);
	if (y == 0.0)
		return 0;
	*res = y * __pow2(k);
	return 1;
}

/* e^x - 1 for 2^-54 <= |x| <= 40 in plain double: hi, *lo (its exact
 * rounding error) and *err bounding the error of hi + lo (docs/math.md).
 * Below 2^-7: x + x^2/2 (x^2/2 = xa^2/2 exact + the cross terms) + a
 * degree-8 series; above: the exp kernel, 2^k hi - 1 exact (two_sum). */
#define EM1_C3 0x1.5555555555555p-3
#define EM1_C4 0x1.5555555555555p-5
#define EM1_C5 0x1.1111111111111p-7
#define EM1_C6 0x1.6c16c16c16c17p-10
#define EM1_C7 0x1.a01a01a01a01ap-13
#define EM1_C8 0x1.a01a01a01a01ap-16
static inline __attribute__((always_inline)) double expm1_fast(double x, double *rest, double *err)
{
	if (__builtin_fabs(x) < 0x1p-7) {
		double xa = __el_mask(x, 27), xb = x - xa;
		double Q = 0.5 * (xa * xa);               /* exact */
		double hi = x + Q;
		double lo = Q - (hi - x);                 /* exact */
		double x2 = x * x;
		double p = x * x2 * ((EM1_C3 + x * EM1_C4) + x2 * (EM1_C5 + x * EM1_C6) +
			(x2 * x2) * (EM1_C7 + x * EM1_C8));
		*rest = lo + (0.5 * (xb * (x + xa)) + p);
		*err = __builtin_fabs(hi) * 0x1p-66;
		return hi;
	}
	double r;
	int k;
	double h = __exp_kernel(x, 0.0, &r, &k);
	double s = __pow2(k);
	h *= s;
	r *= s;
	__dd A = __two_sum(h, -1.0);
	double rest2 = A.lo + r;
	*rest = rest2;
	*err = s * (EXP_ERR + 0x1p-70) + __builtin_fabs(rest2) * 0x1p-52;
	return A.hi;
}

double __expm1_fast(double x, double *lo, double *err)
{
	double rest, hi = expm1_fast(x, &rest, err);
	double h = hi + rest;
	*lo = rest - (h - hi);
	*err += __builtin_fabs(h) * 0x1p-104;
	return h;
}

static double exp_slow(__dd a)
{
	__dd r;
	int k = __exp_core(a, &r);
	return __exp_finish(k, r);
}

double exp(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| < 708 (normal results) */
	if (ax - 0x3c90000000000000ull < 0x4086200000000000ull - 0x3c90000000000000ull) {
		double rest;
		int k;
		double hi = __exp_kernel(x, 0.0, &rest, &k);
		double y = __el_round(hi, rest, EXP_ERR);
		if (y != 0.0)
			return y * __pow2(k);
		MATH_SLOW(exp);
		return exp_slow((__dd){ x, 0.0 });
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 710.0)
		return __math_oflow(0);
	if (x < -746.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	return exp_slow((__dd){ x, 0.0 });
}

/* e^(x C) for exp2 and exp10: x C = xh + xl within 2^-75.5 |x C|, then the
 * exp kernel with that error; 0 when the rounding test fails. */
static inline __attribute__((always_inline)) double exp_scaled(double xh, double xl)
{
	double rest;
	int k;
	double hi = __exp_kernel(xh, xl, &rest, &k);
	double y = __el_round(hi, rest, EXP_ERR + __builtin_fabs(xh) * 0x1.8p-75);
	return y * __pow2(k);
}

/* exp2 for 2^-54 <= |x| < 1020: 2^x = 2^(kd/128) 2^(s/128), kd = 128 x
 * rounded (128 x exact), s = 128 x - kd exact (|s| <= 1/2).  (Session 7's
 * kernel, which split r ln2 into rh + rl for __exp_tail_at, is described
 * in docs/math.md, "Session 7"; session 8 replaced it by the one below.) */
/* Session 8, round 2 (docs/math.md, "Session 8, round 2: powf and exp2"):
 * exp2's own table (__exp2_tab, tools/gen_exp2_tables.py): per j, th = RN(2^(j/128)),
 * tl = RN(2^(j/128) - th), a = (th + tl) c rounded to 41 bits (c =
 * ln2/128, |a| < 2^-6.53) and e = RN((th + tl) c - a) (|e| < 2^-48.0).
 * With s = sh + sl (sh = s rounded to a multiple of 2^-12, |sh| <= 1/2:
 * 11 bits and a sign; sl = s - sh exact, |sl| <= 2^-13):
 *   2^(j/128) 2^(s/128) = th + a sh + [tl + e s + a sl] + (th + tl) q(c s)
 * (q(r) = e^r - 1 - r), a sh exact (41 + 11 bits), hi + lo = th + a sh
 * exactly (Fast2Sum, |a sh| < 2^-7.5 < th).  Compared with the exp
 * kernel's tail (__exp_tail_at, whose series A, B and analysis are kept
 * here with T = th): no rh, rl (the exact split of r ln2: seven operations
 * and two for rh) and no tl rh, T rl: E = ((lo + tl) + e s) + a sl.
 * Errors of E (units of 2^-70): a sl below 2^-19.53, rounded 0.125; e s
 * (below 2^-49) and e's own rounding (2^-101) 0.0; the sums (the last
 * below 2^-19.5) 0.125: 0.25 in place of the old rl (0.35) and E (0.38);
 * the series point r = RN(s RN(c)) within 2^-61.5 of c s as before (2.0),
 * T = th within 2^-53 of th + tl as before (0.5): in all below the 9.88
 * of the old exp2 (2^-66.70, 2^-66.50 with __el_round's rounding), below
 * EXP_ERR. */
const struct __exp2_row __exp2_tab[128] = {
	{ 0x1.0000000000000p+0, 0x0.0p+0, 0x1.62e42fefa4000p-8, -0x1.8432a1b0e2634p-50 },
	{ 0x1.0163da9fb3335p+0, 0x1.b61299ab8cdb7p-54, 0x1.64d18171d2000p-8, -0x1.896b262e7f5d0p-52 },
	{ 0x1.02c9a3e778061p+0, -0x1.19083535b085dp-56, 0x1.66c180b153000p-8, -0x1.11207da3cee42p-51 },
	{ 0x1.04315e86e7f85p+0, -0x1.0a31c1977c96ep-54, 0x1.68b431675e000p-8, -0x1.5431de5089205p-50 },
	{ 0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55, 0x1.6aa9975256000p-8, 0x1.f3857528a05e0p-50 },
	{ 0x1.0706b29ddf6dep+0, -0x1.c91dfe2b13c27p-55, 0x1.6ca1b635d6000p-8, -0x1.1b1834233126fp-50 },
	{ 0x1.0874518759bc8p+0, 0x1.186be4bb284ffp-57, 0x1.6e9c91daaf000p-8, 0x1.c67c791a7a8a1p-51 },
	{ 0x1.09e3ecac6f383p+0, 0x1.1487818316136p-54, 0x1.709a2e0efa000p-8, -0x1.c9945215b5cbcp-50 },
	{ 0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54, 0x1.729a8ea615000p-8, 0x1.4b003f089d35fp-50 },
	{ 0x1.0cc922b7247f7p+0, 0x1.01edc16e24f71p-54, 0x1.749db778b5000p-8, -0x1.e50a7a700cab4p-50 },
	{ 0x1.0e3ec32d3d1a2p+0, 0x1.03a1727c57b53p-59, 0x1.76a3ac64e2000p-8, -0x1.02cf660ba6163p-52 },
	{ 0x1.0fb66affed31bp+0, -0x1.b9bedc44ebd7bp-57, 0x1.78ac714e09000p-8, -0x1.d53c631efe7bap-50 },
	{ 0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54, 0x1.7ab80a1cfb000p-8, 0x1.bcaa209cc9d8fp-55 },
	{ 0x1.12abdc06c31ccp+0, -0x1.1b514b36ca5c7p-58, 0x1.7cc67abffb000p-8, 0x1.c938e38c977d6p-51 },
	{ 0x1.1429aaea92de0p+0, -0x1.32fbf9af1369ep-54, 0x1.7ed7c72ac2000p-8, -0x1.a4d75c4f3f0b3p-51 },
	{ 0x1.15a98c8a58e51p+0, 0x1.2406ab9eeab0ap-55, 0x1.80ebf35686000p-8, -0x1.3468a51f7afd0p-50 },
	{ 0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55, 0x1.8303034204000p-8, -0x1.bb5c1b8dc1c6ep-52 },
	{ 0x1.18af9388c8deap+0, -0x1.11023d1970f6cp-54, 0x1.851cfaf187000p-8, -0x1.2d5992bff1c0ep-55 },
	{ 0x1.1a35beb6fcb75p+0, 0x1.e5b4c7b4968e4p-55, 0x1.8739de6eef000p-8, -0x1.53c2b84735f01p-56 },
	{ 0x1.1bbe084045cd4p+0, -0x1.95386352ef607p-54, 0x1.8959b1c9b9000p-8, 0x1.7433098055e28p-53 },
	{ 0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54, 0x1.8b7c791707000p-8, 0x1.d851b13aacecbp-51 },
	{ 0x1.1ed5022fcd91dp+0, -0x1.1df98027bb78cp-54, 0x1.8da23871a8000p-8, 0x1.b8ecb10c536bbp-50 },
	{ 0x1.2063b88628cd6p+0, 0x1.dc775814a8495p-55, 0x1.8fcaf3fa20000p-8, 0x1.a67dd7b9011e6p-51 },
	{ 0x1.21f49917ddc96p+0, 0x1.2a97e9494a5eep-55, 0x1.91f6afd6af000p-8, -0x1.13a66e28aac00p-50 },
	{ 0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54, 0x1.9425703359000p-8, -0x1.e3dca82ce1806p-51 },
	{ 0x1.251ce4fb2a63fp+0, 0x1.ac155bef4f4a4p-55, 0x1.96573941f0000p-8, -0x1.5303d9ec218fbp-50 },
	{ 0x1.26b4565e27cddp+0, 0x1.2bd339940e9d9p-55, 0x1.988c0f3a19000p-8, 0x1.e7273ef76596fp-50 },
	{ 0x1.284dfe1f56381p+0, -0x1.a4c3a8c3f0d7ep-54, 0x1.9ac3f65959000p-8, -0x1.05983f0a48bc6p-54 },
	{ 0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55, 0x1.9cfef2e316000p-8, -0x1.63423ccbf2856p-52 },
	{ 0x1.2b87fd0dad990p+0, -0x1.10adcd6381aa4p-59, 0x1.9f3d0920a5000p-8, 0x1.8817f59b774e7p-52 },
	{ 0x1.2d285a6e4030bp+0, 0x1.0024754db41d5p-54, 0x1.a17e3d6151000p-8, -0x1.2488fec001790p-50 },
	{ 0x1.2ecafa93e2f56p+0, 0x1.1ca0f45d52383p-56, 0x1.a3c293fa61000p-8, -0x1.a8df2ba672456p-50 },
	{ 0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55, 0x1.a60a114722000p-8, 0x1.f049334746543p-50 },
	{ 0x1.32170fc4cd831p+0, 0x1.a9ce78e18047cp-55, 0x1.a854b9a8f3000p-8, -0x1.e87f5e5f158e9p-50 },
	{ 0x1.33c08b26416ffp+0, 0x1.32721843659a6p-54, 0x1.aaa2918744000p-8, -0x1.c12c601928cfap-50 },
	{ 0x1.356c55f929ff1p+0, -0x1.b5cee5c4e4628p-55, 0x1.acf39d4fa8000p-8, -0x1.4b3594b83ef3fp-50 },
	{ 0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54, 0x1.af47e175d9000p-8, -0x1.5187a8561f801p-50 },
	{ 0x1.38cae6d05d866p+0, -0x1.e958d3c9904bdp-54, 0x1.b19f6273c1000p-8, -0x1.7f23d134e08bbp-50 },
	{ 0x1.3a7db34e59ff7p+0, -0x1.5e436d661f5e3p-56, 0x1.b3fa24c983000p-8, -0x1.f62ca5c526dddp-50 },
	{ 0x1.3c32dc313a8e5p+0, -0x1.efff8375d29c3p-54, 0x1.b6582cfd83000p-8, -0x1.6e3c0d45b34aep-51 },
	{ 0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55, 0x1.b8b97f9c70000p-8, 0x1.281260942f288p-50 },
	{ 0x1.3fa4504ac801cp+0, -0x1.7d023f956f9f3p-54, 0x1.bb1e21394d000p-8, -0x1.8ad124e7beb87p-50 },
	{ 0x1.4160a21f72e2ap+0, -0x1.ef3691c309278p-58, 0x1.bd86166d75000p-8, 0x1.0b98e5f42a78dp-50 },
	{ 0x1.431f5d950a897p+0, -0x1.1c7dde35f7999p-55, 0x1.bff163d8ac000p-8, 0x1.2f01780941010p-50 },
	{ 0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59, 0x1.c2600e2121000p-8, 0x1.174648ee4f0c3p-50 },
	{ 0x1.46a41ed1d0057p+0, 0x1.c944bd1648a76p-54, 0x1.c4d219f37a000p-8, 0x1.5b70cddde7cf4p-51 },
	{ 0x1.486a2b5c13cd0p+0, 0x1.3c1a3b69062f0p-56, 0x1.c7478c02dc000p-8, 0x1.7c10cb66b5751p-50 },
	{ 0x1.4a32af0d7d3dep+0, 0x1.9cb62f3d1be56p-54, 0x1.c9c06908f6000p-8, -0x1.32a803d35c912p-50 },
	{ 0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56, 0x1.cc3cb5c606000p-8, -0x1.fef9d73d337cfp-50 },
	{ 0x1.4dcb299fddd0dp+0, 0x1.8ecdbbc6a7833p-54, 0x1.cebc7700e6000p-8, -0x1.debcdafed91a9p-51 },
	{ 0x1.4f9b2769d2ca7p+0, -0x1.4b309d25957e3p-54, 0x1.d13fb18714000p-8, 0x1.48216ff8e9bd3p-50 },
	{ 0x1.516daa2cf6642p+0, -0x1.f768569bd93efp-55, 0x1.d3c66a2cbc000p-8, 0x1.8adeeb7283477p-53 },
	{ 0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55, 0x1.d650a5ccbe000p-8, 0x1.658b9c7df373cp-51 },
	{ 0x1.551a4ca5d920fp+0, -0x1.d689cefede59bp-55, 0x1.d8de6948bc000p-8, -0x1.9e33aa2bc3664p-50 },
	{ 0x1.56f4736b527dap+0, 0x1.9bb2c011d93adp-54, 0x1.db6fb9891e000p-8, 0x1.090f01ca79ae1p-50 },
	{ 0x1.58d12d497c7fdp+0, 0x1.295e15b9a1de8p-55, 0x1.de049b7d23000p-8, -0x1.9d3c9d45a6da5p-50 },
	{ 0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54, 0x1.e09d141ae1000p-8, 0x1.e29152a9b26c2p-56 },
	{ 0x1.5c9268a5946b7p+0, 0x1.c4b1b816986a2p-60, 0x1.e339285f57000p-8, 0x1.91ff81fbc873ap-50 },
	{ 0x1.5e76f15ad2148p+0, 0x1.ba6f93080e65ep-54, 0x1.e5d8dd4e73000p-8, -0x1.08b2508c648d4p-50 },
	{ 0x1.605e1b976dc09p+0, -0x1.3e2429b56de47p-54, 0x1.e87c37f319000p-8, -0x1.d5e12e199b55ap-51 },
	{ 0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54, 0x1.eb233d5f32000p-8, -0x1.8b37beefc62dcp-50 },
	{ 0x1.6434634ccc320p+0, -0x1.c483c759d8933p-55, 0x1.edcdf2abb2000p-8, -0x1.bac0203581f03p-50 },
	{ 0x1.6623882552225p+0, -0x1.bb60987591c34p-54, 0x1.f07c5cf8a3000p-8, -0x1.d7d73570637a1p-52 },
	{ 0x1.68155d44ca973p+0, 0x1.038ae44f73e65p-57, 0x1.f32e816d30000p-8, -0x1.7e780280ec934p-50 },
	{ 0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54, 0x1.f5e46537ac000p-8, -0x1.be547c48bf51cp-50 },
	{ 0x1.6c012750bdabfp+0, -0x1.2895667ff0b0dp-56, 0x1.f89e0d8d9e000p-8, 0x1.179ad44883b2bp-51 },
	{ 0x1.6dfb23c651a2fp+0, -0x1.bbe3a683c88abp-57, 0x1.fb5b7fabcc000p-8, 0x1.d7de5c8f9b408p-50 },
	{ 0x1.6ff7df9519484p+0, -0x1.83c0f25860ef6p-55, 0x1.fe1cc0d643000p-8, 0x1.97426b8552ba0p-50 },
	{ 0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55, 0x1.0070eb2c31000p-7, -0x1.505c7d9ba4b46p-50 },
	{ 0x1.73f9a48a58174p+0, -0x1.0a8d96c65d53cp-54, 0x1.01d562c271000p-7, 0x1.7046090486da3p-53 },
	{ 0x1.75feb564267c9p+0, -0x1.0245957316dd3p-54, 0x1.033bc9daf3000p-7, -0x1.cd7f0eb438cc8p-50 },
	{ 0x1.780694fde5d3fp+0, 0x1.866b80a02162dp-54, 0x1.04a423267f000p-7, -0x1.d6a28a955fc77p-51 },
	{ 0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55, 0x1.060e71599c000p-7, -0x1.9f3d2b5fd050ep-49 },
	{ 0x1.7c1ed0130c132p+0, 0x1.f124cd1164dd6p-54, 0x1.077ab72c92000p-7, -0x1.ad787c8554b7dp-50 },
	{ 0x1.7e2f336cf4e62p+0, 0x1.05d02ba15797ep-56, 0x1.08e8f75b72000p-7, 0x1.ded1dffe6801cp-50 },
	{ 0x1.80427543e1a12p+0, -0x1.27c86626d972bp-54, 0x1.0a5934a61b000p-7, -0x1.79b3a939e80e3p-50 },
	{ 0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54, 0x1.0bcb71d03c000p-7, -0x1.48b7e4b186aefp-50 },
	{ 0x1.8471a4623c7adp+0, -0x1.8d684a341cdfbp-55, 0x1.0d3fb1a15d000p-7, 0x1.57711e59f7a97p-49 },
	{ 0x1.868d99b4492edp+0, -0x1.fc6f89bd4f6bap-54, 0x1.0eb5f6e4e4000p-7, 0x1.9a3d1cf2fe00ap-49 },
	{ 0x1.88ac7d98a6699p+0, 0x1.994c2f37cb53ap-54, 0x1.102e446a19000p-7, -0x1.b7b87b3538030p-49 },
	{ 0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54, 0x1.11a89d0429000p-7, 0x1.bf5527aaf8e75p-50 },
	{ 0x1.8cf3216b5448cp+0, -0x1.0d55e32e9e3aap-56, 0x1.1325038a33000p-7, -0x1.053a9948ae5bfp-53 },
	{ 0x1.8f1ae99157736p+0, 0x1.5cc13a2e3976cp-55, 0x1.14a37ad745000p-7, 0x1.dc7ee83859b00p-50 },
	{ 0x1.9145b0b91ffc6p+0, -0x1.dd6792e582524p-54, 0x1.162405ca68000p-7, -0x1.d4224c743753cp-49 },
	{ 0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57, 0x1.17a6a7469f000p-7, 0x1.cbcccb5ec76a9p-50 },
	{ 0x1.95a44cbc8520fp+0, -0x1.64b7c96a5f039p-56, 0x1.192b6232f5000p-7, -0x1.10a9b93d59e12p-50 },
	{ 0x1.97d829fde4e50p+0, -0x1.d185b7c1b85d1p-54, 0x1.1ab2397a7a000p-7, -0x1.56a9f30b62600p-51 },
	{ 0x1.9a0f170ca07bap+0, -0x1.173bd91cee632p-54, 0x1.1c3b300c4e000p-7, 0x1.23d0a8fbb9862p-49 },
	{ 0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56, 0x1.1dc648dba6000p-7, -0x1.63c69bb02aa06p-54 },
	{ 0x1.9e86319e32323p+0, 0x1.824ca78e64c6ep-56, 0x1.1f5386dfcf000p-7, -0x1.72c9f071a7f16p-50 },
	{ 0x1.a0c667b5de565p+0, -0x1.359495d1cd533p-54, 0x1.20e2ed1436000p-7, 0x1.3aa0eb4e46856p-52 },
	{ 0x1.a309bec4a2d33p+0, 0x1.6305c7ddc36abp-54, 0x1.22747e786e000p-7, 0x1.dd5365f0a21c5p-51 },
	{ 0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54, 0x1.24083e1034000p-7, 0x1.f55d4b16d7271p-49 },
	{ 0x1.a799e1330b358p+0, 0x1.bcb7ecac563c7p-54, 0x1.259e2ee377000p-7, 0x1.6b3805993c67ap-49 },
	{ 0x1.a9e6b5579fdbfp+0, 0x1.0fac90ef7fd31p-54, 0x1.273653fe5b000p-7, 0x1.fa82fc85976c8p-49 },
	{ 0x1.ac36bbfd3f37ap+0, -0x1.f9234cae76cd0p-55, 0x1.28d0b07142000p-7, 0x1.13b77fa3cfba7p-50 },
	{ 0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54, 0x1.2a6d4750cf000p-7, -0x1.5ac7c3b549e34p-50 },
	{ 0x1.b0e07298db666p+0, -0x1.bdef54c80e425p-54, 0x1.2c0c1bb5ed000p-7, 0x1.8f54710edb7e6p-49 },
	{ 0x1.b33a2b84f15fbp+0, -0x1.2805e3084d708p-57, 0x1.2dad30bdd8000p-7, -0x1.699dd3a532d38p-50 },
	{ 0x1.b59728de5593ap+0, -0x1.c71dfbbba6de3p-54, 0x1.2f50898a1c000p-7, 0x1.5278d78649568p-49 },
	{ 0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56, 0x1.30f62940a3000p-7, 0x1.445244e0d1eb8p-49 },
	{ 0x1.ba5b030a1064ap+0, -0x1.efcd30e54292ep-54, 0x1.329e130bb5000p-7, 0x1.c5fe3ff2dc54ap-49 },
	{ 0x1.bcc1e904bc1d2p+0, 0x1.23dd07a2d9e84p-55, 0x1.34484a1a02000p-7, -0x1.2849c289a1c63p-49 },
	{ 0x1.bf2c25bd71e09p+0, -0x1.efdca3f6b9c73p-54, 0x1.35f4d19ea4000p-7, -0x1.b4a30219caaf2p-49 },
	{ 0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55, 0x1.37a3acd129000p-7, 0x1.74c30681e23c2p-51 },
	{ 0x1.c40ab5fffd07ap+0, 0x1.b4537e083c60ap-54, 0x1.3954deed99000p-7, 0x1.bab8f61b8edb6p-51 },
	{ 0x1.c67f12e57d14bp+0, 0x1.2884dff483cadp-54, 0x1.3b086b3479000p-7, 0x1.e3d3d6eb24451p-49 },
	{ 0x1.c8f6d9406e7b5p+0, 0x1.1acbc48805c44p-56, 0x1.3cbe54ead5000p-7, 0x1.22f4efa55487dp-49 },
	{ 0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56, 0x1.3e769f5a43000p-7, 0x1.6e9a9b3e999b7p-50 },
	{ 0x1.cdf0b555dc3fap+0, -0x1.dd83b53829d72p-55, 0x1.40314dd0ec000p-7, -0x1.697b1417dd475p-49 },
	{ 0x1.d072d4a07897cp+0, -0x1.cbc3743797a9cp-54, 0x1.41ee63a18f000p-7, 0x1.8954c688b42fdp-49 },
	{ 0x1.d2f87080d89f2p+0, -0x1.d487b719d8578p-54, 0x1.43ade4238e000p-7, -0x1.48828a2b08c0ap-49 },
	{ 0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55, 0x1.456fd2b2eb000p-7, -0x1.517e9c5307b55p-50 },
	{ 0x1.d80e316c98398p+0, -0x1.11ec18beddfe8p-54, 0x1.473432b057000p-7, -0x1.7f70e55462b5cp-49 },
	{ 0x1.da9e603db3285p+0, 0x1.c2300696db532p-54, 0x1.48fb078133000p-7, -0x1.b7c8315675be9p-50 },
	{ 0x1.dd321f301b460p+0, 0x1.2da5778f018c3p-54, 0x1.4ac4548f9a000p-7, -0x1.d9779e998046ep-49 },
	{ 0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54, 0x1.4c901d4a64000p-7, 0x1.3fb2b2e883ae1p-50 },
	{ 0x1.e264614f5a129p+0, -0x1.7b627817a1496p-54, 0x1.4e5e652532000p-7, -0x1.c096fa3a912eep-49 },
	{ 0x1.e502ee78b3ff6p+0, 0x1.39e8980a9cc8fp-55, 0x1.502f2f986d000p-7, -0x1.5bbfe7da43d66p-52 },
	{ 0x1.e7a51fbc74c83p+0, 0x1.2d522ca0c8de2p-54, 0x1.5202802154000p-7, 0x1.fc007519f5ec3p-49 },
	{ 0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54, 0x1.53d85a4200000p-7, -0x1.aa2e57e9c3e84p-54 },
	{ 0x1.ecf482d8e67f1p+0, -0x1.c93f3b411ad8cp-54, 0x1.55b0c18168000p-7, -0x1.729dfe4df3537p-49 },
	{ 0x1.efa1bee615a27p+0, 0x1.dc7f486a4b6b0p-54, 0x1.578bb96b6b000p-7, -0x1.53876a3f1a3c0p-50 },
	{ 0x1.f252b376bba97p+0, 0x1.3a1a5bf0d8e43p-54, 0x1.59694590d7000p-7, -0x1.8201ed8a7ae3bp-52 },
	{ 0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54, 0x1.5b4969876e000p-7, 0x1.bb880ef6cc5d7p-50 },
	{ 0x1.f7bfdad9cbe14p+0, -0x1.dbb12d006350ap-54, 0x1.5d2c28e9ef000p-7, -0x1.ab7ba7d213792p-49 },
	{ 0x1.fa7c1819e90d8p+0, 0x1.74853f3a5931ep-55, 0x1.5f11875819000p-7, -0x1.52032d54f796bp-49 },
	{ 0x1.fd3c22b8f71f1p+0, 0x1.2eb74966579e7p-57, 0x1.60f98876b7000p-7, -0x1.1a341e091efeap-49 },
};

static inline __attribute__((always_inline)) double exp2_kernel(double s, uint64_t ki, double *rest, int *k)
{
	int j = (int)(ki & 127);
	*k = (int32_t)(uint32_t)ki >> 7;
	double th = __exp2_tab[j].th, tl = __exp2_tab[j].tl, a = __exp2_tab[j].a;
	double sh = (s + 0x1.8p40) - 0x1.8p40;        /* multiple of 2^-12 */
	double sl = s - sh;                           /* exact */
	double r = s * 0x1.62e42fefa39efp-8;         /* RN(s RN(ln2/128)) */
	double p = a * sh;                            /* exact: 41 + 11 bits */
	return __exp_sum(th, tl, p, th, r, __exp2_tab[j].e * s, a * sl, rest);
}

double exp2(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| < 1020 (normal results) */
	if (ax - 0x3c90000000000000ull < 0x408fe00000000000ull - 0x3c90000000000000ull) {
		double t = x * 128.0;                    /* exact */
		double kd = t + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		/* s = 128 r, exact (|s| <= 1/2); exp2_kernel's constants carry
		 * the 2^-7 */
		double s = t - (kd - EXP_SHIFT);
		if (s == 0.0 && (ki & 127) == 0)
			return __pow2((int32_t)(uint32_t)ki >> 7);   /* integer x: exact, no inexact */
		double rest;
		int k;
		double hi = exp2_kernel(s, ki, &rest, &k);
		double y = __el_round(hi, rest, EXP_ERR);
		if (y != 0.0)
			return y * __pow2(k);
		MATH_SLOW(exp2);
		return exp_slow(__dd_mul_d((__dd){ LN2D_HI, LN2D_LO }, x));
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 1025.0)
		return __math_oflow(0);
	if (x < -1080.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-54)
		return 1.0 + x;
	if (x == trunc(x) && x >= -1022.0 && x <= 1023.0)
		return __pow2((int)x);   /* exact, no inexact */
	return exp_slow(__dd_mul_d((__dd){ LN2D_HI, LN2D_LO }, x));
}

double exp10(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-56 <= |x| < 307 (normal results) */
	if (ax - 0x3c70000000000000ull < 0x4073300000000000ull - 0x3c70000000000000ull) {
		double xl, xh = __el_mul(x, EL_LN10_A, EL_LN10_B, EL_LN10_C, &xl);
		double y = exp_scaled(xh, xl);
		if (y != 0.0)
			return y;
		MATH_SLOW(exp10);
		return exp_slow(__dd_mul_d((__dd){ LN10D_HI, LN10D_LO }, x));
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : 0.0;
	if (x > 310.0)
		return __math_oflow(0);
	if (x < -330.0)
		return __math_uflow(0);
	if (__builtin_fabs(x) < 0x1p-56)
		return 1.0 + x;
	return exp_slow(__dd_mul_d((__dd){ LN10D_HI, LN10D_LO }, x));
}

/* e^x - 1 as a double-double, for 2^-54 <= |x| <= 40. */
__dd __expm1_core(double x)
{
	/* small: the series itself, for 1 + p in double-double would keep
	 * only 2^-106 of absolute precision */
	if (__builtin_fabs(x) < 0.005)
		return expm1_poly((__dd){ x, 0.0 });
	__dd r;
	int k = __exp_core((__dd){ x, 0.0 }, &r);
	double s = __pow2(k);
	r.hi *= s;
	r.lo *= s;
	return __dd_add_d(r, -1.0);
}

double expm1(double x)
{
	uint64_t ax = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: 2^-54 <= |x| <= 40 */
	if (ax - 0x3c90000000000000ull <= 0x4044000000000000ull - 0x3c90000000000000ull) {
		double rest, err, hi = expm1_fast(x, &rest, &err);
		double y = __el_round(hi, rest, err);
		if (y != 0.0)
			return y;
		MATH_SLOW(expm1);
		return __expm1_core(x).hi;
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) || x > 0.0 ? x + x : -1.0;
	if (x > 710.0)
		return __math_oflow(0);
	if (x < -40.0) {
		volatile double t = 0x1p-60;
		return t - 1.0;
	}
	if (__builtin_fabs(x) < 0x1p-54) {
		return __math_tiny(x);
	}
	/* x > 40 */
	__dd r;
	int k = __exp_core((__dd){ x, 0.0 }, &r);
	if (k < 100)
		r = __dd_add_d(r, -__pow2(-k));
	return __exp_finish(k, r);
}

/* Float versions: in double, the same reduction (128 table entries, |r| <=
 * 2^-8.49) and a degree-4 series, relative error below 2^-49 (docs/math.md);
 * when y lies within 2^-43 |y| of a float midpoint (__el_float_ok), the
 * double function, rounded to float, decides. */
float expf(float x)
{
	/* fast path: -103 < x < 88.5 (no overflow, results above 2^-149) */
	if (__builtin_isless(x, 88.5f) && __builtin_isgreater(x, -103.0f)) {
		double xd = __arch_f2d(x);
		double kd = xd * EXP_INVL + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * EXP_L1) - kd * EXP_L2;
		double y = __expf_tail(ki, r);
		if (xd > -87.0 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(expf);
	} else if (__builtin_isgreater(x, 88.8f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);   /* e^x > FLT_MAX */
	else if (__builtin_isless(x, -104.0f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);   /* e^x < 2^-150.04 */
	return __math_narrow_uflow(exp(x));
}

float exp2f(float x)
{
	/* fast path: -149 < x < 128 */
	if (__builtin_isless(x, 128.0f) && __builtin_isgreater(x, -149.0f)) {
		double xd = __arch_f2d(x);
		double kd = xd * 128.0 + EXP_SHIFT;      /* exact */
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * 0x1p-7) * 0x1.62e42fefa39efp-1;
		double y = __expf_tail(ki, r);
		if (xd > -126.0 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(exp2f);
	} else if (__builtin_isgreaterequal(x, 128.0f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);
	else if (__builtin_isless(x, -151.0f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);
	return __math_narrow_uflow(exp2(x));
}

float exp10f(float x)
{
	/* fast path: -44.8 < x < 38.5 */
	if (__builtin_isless(x, 38.5f) && __builtin_isgreater(x, -44.8f)) {
		double xd = __arch_f2d(x);
		double kd = xd * 0x1.a934f0979a371p+8 + EXP_SHIFT;   /* 128 log2(10) */
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		/* x EL_LN10_A exact (24 + 26 bits) */
		double r = (xd * EL_LN10_A - kd * EXP_L1) + (xd * (EL_LN10_B + EL_LN10_C) - kd * EXP_L2);
		double y = __expf_tail(ki, r);
		if (xd > -37.8 ? __el_float_ok(y) : __el_float_sub_ok(y))
			return (float)y;
		MATH_SLOW(exp10f);
	} else if (__builtin_isgreater(x, 38.6f) && __builtin_islessequal(x, 0x1.fffffep127f))
		return (float)__math_oflow(0);   /* 10^x > FLT_MAX */
	else if (__builtin_isless(x, -45.2f) && __builtin_isgreaterequal(x, -0x1.fffffep127f))
		return (float)__math_uflow(0);   /* 10^x < 2^-150.1 */
	return __math_narrow_uflow(exp10(x));
}

float expm1f(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	double xd = __arch_f2d(x), y;
	if (ax < 0x3d000000u) {   /* |x| < 2^-5 */
		if (ax < 0x33000000u)   /* |x| < 2^-25: the double function */
			return __math_narrow(expm1(x));
		double x2 = xd * xd;
		y = xd + x2 * ((0.5 + xd * EM1_C3) + x2 * ((EM1_C4 + xd * EM1_C5) + x2 * (EM1_C6 + xd * EM1_C7)));
	} else if (__builtin_isless(xd, 88.0) && __builtin_isgreater(xd, -16.0)) {
		double kd = xd * EXP_INVL + EXP_SHIFT;
		uint64_t ki = __dbits(kd);
		kd -= EXP_SHIFT;
		double r = (xd - kd * EXP_L1) - kd * EXP_L2;
		double r2 = r * r;
		double p = r + r2 * ((0.5 + r * EXPF_C3) + r2 * EXPF_C4);
		int j = (int)(ki & 127);
		double s = __pow2((int32_t)(uint32_t)ki >> 7);
		double th = __math_exp_tab[j][0] * s, tl = __math_exp_tab[j][1] * s;
		y = (th - 1.0) + (th * p + tl);
	} else
		return __math_narrow(expm1(x));
	if (__el_float_ok(y))
		return (float)y;
	MATH_SLOW(expm1f);
	return __math_narrow(expm1(x));
}

long double expl(long double x) { return exp((double)x); }
long double exp2l(long double x) { return exp2((double)x); }
long double exp10l(long double x) { return exp10((double)x); }
long double expm1l(long double x) { return expm1((double)x); }
