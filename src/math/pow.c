/* pow: e^(y log x) with log x and the product carried as double-doubles,
 * so that the result is rounded once from about 2^-65 relative error. */
#include "../internal/math_explog.h"
#include "../internal/errno_impl.h"

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

/* Fast path (docs/math.md): log |x| = lh + rest within lerr (the log
 * kernel), t = y (lh + rest) = th + tl (yh lh_a exact, the rest below
 * 2^-24 of it, error below 2^-76 |t| + |y| lerr), e^t by the exp kernel.
 * u: the bits of a positive normal double, |x| = 2^k0 u; 2^-900 <= |y| <
 * 2^64.  Returns 1 (*res set), 0 when e^t is out of the normal range or
 * tiny (the general code decides), -1 when the rounding test fails. */
static inline __attribute__((always_inline)) int pow_fast(uint64_t u, int k0, double y, double *res)
{
	double K, rest, lh = __log_kernel(u, k0, 0.0, 0, &rest, &K);
	(void)K;
	/* LOG_ERR(lh, K) from the bits: K = 0 exactly when x is in [1 - 2^-9,
	 * 1 + 2^-8) (k0 = 0); for a subnormal x (k0 != 0, K != 0) the
	 * relative bound, |lh| 2^-67.48 >= 2^-63, is above the absolute one
	 * and so also a bound */
	double lerr = LOG_NEAR1(u) ? __builtin_fabs(lh) * LOG_ERR_REL : 0x1.2p-75;
	double yh = __el_mask(y, 27), yl = y - yh;
	double lha = __el_mask(lh, 27), llo = (lh - lha) + rest;
	double ehi = yh * lha;                     /* exact: 26 + 26 bits */
	double elo = yl * lha + y * llo;           /* yl lha exact */
	double th = ehi + elo;
	double tl = elo - (th - ehi);              /* exact */
	double at = __builtin_fabs(th);
	if (!(at < 708.0 && at >= 0x1p-60)) {
		if (at < 0x1p-60) {
			/* |t| < 2^-60 (and >= 2^-953: no underflow): 1, inexact
			 * unless t = 0 */
			*res = 1.0 + th;
			return 1;
		}
		return 0;
	}
	double erest;
	int k;
	double hi = __exp_kernel(th, tl, &erest, &k);
	double err = EXP_ERR + 2.03 * (__builtin_fabs(y) * lerr + at * 0x1p-76);
	double a = hi + (erest + err), b = hi + (erest - err);   /* __el_round */
	if (a != b)
		return -1;
	*res = a * __pow2(k);
	return 1;
}

/* |x|^y with the double-double cores (about 2^-65 relative), rounded once. */
static double pow_slow(double ax, double y, int neg)
{
	__dd l = __log_core(ax);
	if (ilogb(l.hi) + ilogb(y) < -900) {
		/* y log x negligible (and its products would underflow): 1, inexact */
		volatile double one = 1.0, t = 0x1p-80;
		return one + t * (l.hi < 0.0 ? -1 : 1) * (y < 0.0 ? -1 : 1);
	}
	__dd t = __two_prod(l.hi, y);
	t.lo += l.lo * y;
	t = __fast_two_sum(t.hi, t.lo);
	if (t.hi > 710.0)
		return __math_oflow(neg);
	if (t.hi < -746.0)
		return __math_uflow(neg);
	__dd r;
	int k = __exp_core(t, &r);
	if (neg) {
		r.hi = -r.hi;
		r.lo = -r.lo;
	}
	return __exp_finish(k, r);
}

/* the fast path's range of y: 2^-900 <= |y| < 2^64 */
#define POW_Y_OK(uy) ((((uy) >> 52) & 0x7ff) - 123u < 964u)

double pow(double x, double y)
{
	uint64_t ux = __dbits(x), uy = __dbits(y);
	if (ux - 0x0010000000000000ull < 0x7fe0000000000000ull && POW_Y_OK(uy)) {
		double res;
		int f = pow_fast(ux, 0, y, &res);
		if (f > 0)
			return res;
		if (f < 0)
			MATH_SLOW(pow);
		return pow_slow(x, y, 0);
	}
	if (y == 0.0 || x == 1.0)
		return 1.0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x);
	int yk = int_kind(y);
	if (__builtin_isinf(y)) {
		if (ax == 1.0)
			return 1.0;
		return (ax > 1.0) == (y > 0.0) ? __builtin_inf() : 0.0;
	}
	int neg = __builtin_signbit(x) && yk == 1;
	if (__builtin_isinf(x)) {
		/* |x|^y is inf for y > 0, 0 for y < 0; the sign is -1 to an odd power */
		double r = y > 0.0 ? __builtin_inf() : 0.0;
		return neg ? -r : r;
	}
	if (x == 0.0) {
		if (y < 0.0)
			return __math_divzero(neg);
		return neg ? -0.0 : 0.0;
	}
	if (x < 0.0 && yk == 0)
		return __math_invalid(x);
	if (ax == 1.0)
		return neg ? -1.0 : 1.0;
	if (__builtin_fabs(y) > 0x1p64)
		return (ax > 1.0) == (y > 0.0) ? __math_oflow(neg) : __math_uflow(neg);
	if (POW_Y_OK(uy)) {
		uint64_t u = __dbits(ax);
		int k0 = 0;
		if (u < (1ull << 52)) {   /* subnormal */
			u = __dbits(ax * 0x1p52);
			k0 = -52;
		}
		double res;
		int f = pow_fast(u, k0, y, &res);
		if (f > 0)
			return neg ? -res : res;
		if (f < 0)
			MATH_SLOW(pow);
	}
	return pow_slow(ax, y, neg);
}

/* powf: for x > 0 and y log2 x in (-149, 127) (float results from the
 * smallest subnormal to below 2^127), in double, base 2 (docs/math.md,
 * "Session 7"): log2 x = A + p(r), A = k - log2(invc) rounded (from the
 * log2 table), r = z invc - 1 exact (the log tables), p of degree 6 for
 * log1p(r)/ln2 (Estrin): log2 x within 2^-48.8 of itself; t = y log2 x
 * within 2^-48.7 |t| (2^-41.5 for |t| < 149); kd = t rounded to 2^-7 by
 * adding 1.5 2^45, s = t - kd exact (|s| <= 2^-8), 2^s - 1 of degree 4
 * (within 2^-49.5), 2^(j/128) rounded to one double times 2^k: the result
 * within 2^-41.9 of x^y.  The rounding test asks for 2^-41 (2^13 units of
 * the double's last place from a float midpoint, or 2^-16 of the
 * subnormal spacing); otherwise (exact midpoints such as powf(4097, 2)
 * included) the double pow rounded to float. */
#define POWF_L1 0x1.71547652b82fep+0      /* 1/ln2 */
#define POWF_L2 -0x1.71547652b82fep-1     /* -1/(2 ln2) */
#define POWF_L3 0x1.ec709dc3a03fdp-2
#define POWF_L4 -0x1.71547652b82fep-2
#define POWF_L5 0x1.2776c50ef9bfep-2
#define POWF_L6 -0x1.ec709dc3a03fdp-3
#define POWF_E1 0x1.62e42fefa39efp-1      /* ln2 */
#define POWF_E2 0x1.ebfbdff82c58fp-3      /* ln2^2/2 */
#define POWF_E3 0x1.c6b08d704a0c0p-5
#define POWF_E4 0x1.3b2ab6fba4e77p-7
#define POWF_SHIFT 0x1.8p45                /* t + POWF_SHIFT rounds t to 2^-7 */

/* y within 2^-41 |y| of the exact normal float result: more than 2^13
 * units of y's last place from a float midpoint */
static inline __attribute__((always_inline)) int powf_ok(double y)
{
	return ((__dbits(y) - 0x10000000u + 0x2000u) & 0x1fffffffu) > 0x4000u;
}

/* the same below 2^-125, where the float spacing is 2^-149: y within
 * 2^-17 of that spacing, more than 2^-16 of it from a midpoint */
static inline __attribute__((always_inline)) int powf_sub_ok(double y)
{
	double v = y * 0x1p149;
	double d = v - ((v + EXP_SHIFT) - EXP_SHIFT);   /* exact */
	return __builtin_fabs(d) < 0.5 - 0x1p-16;
}

/* powf's first path (below): log2(1 + r) = r Q(r), Q of degree 4, and
 * 2^s - 1 = s P(s), P of degree 2, both mpmath chebyfit (near-minimax) and
 * their relative errors measured on 40001 points by
 * tools/gen_powf_tables.py: 2^-46.58 and 2^-39.70. */
#define POWF1_L1 0x1.71547652b82fep+0
#define POWF1_L2 -0x1.7154765291b6fp-1
#define POWF1_L3 0x1.ec709dc35e4bfp-2
#define POWF1_L4 -0x1.7155aa1a019fap-2
#define POWF1_L5 0x1.2777ccde64984p-2
#define POWF1_E1 0x1.62e42fefa39efp-1
#define POWF1_E2 0x1.ebfbf4dcbbc6bp-3
#define POWF1_E3 0x1.c6b09906291d3p-5

/* y within 2^-38 |y| of the exact normal float result: more than 2^15
 * units of y's last place from a float midpoint */
static inline __attribute__((always_inline)) int powf1_ok(double y)
{
	return ((__dbits(y) - 0x10000000u + 0x8000u) & 0x1fffffffu) > 0x10000u;
}

/* powf's first path: x a positive normal float, |y| < 64 (the common
 * case; the others take powf_any below), in double, base 2 (docs/math.md,
 * "Session 8: exponentials and powers").  A log table of its own
 * (tools/gen_powf_tables.py): per log interval invc (the 20-bit 1/c of
 * __math_log_tab128, so that r = z invc - 1 is exact as in powf_any) and
 * T2 = RN(-log2(invc)) (within 2^-53 |T2|) in one row; 2^(j/128) rounded
 * to a double (within 2^-53 relative: exp2's th, __exp2_tab) read as bits,
 * so that 2^k is added to its exponent by an integer addition.  z is built as a double from the
 * float's bits (no conversion).
 *  - log2 x = A + r Q(r), A = RN(k + T2), r = z invc - 1 exact.  Q's
 *    error: next to 1 (k = 0, invc = 1, A = 0) 2^-46.58 relative;
 *    elsewhere |log2(1 + r)| < 2^-7.46 (|r| <= 2^-8): 2^-54.04 absolute,
 *    2^-45.57 relative (|log2 x| >= 2^-8.47).  The roundings as in
 *    powf_any's degree 6 (next to 1 4u, elsewhere A 3u (4u with T2's own
 *    rounding: u |T2| <= 2^-54 <= u |log2 x| when k != 0), r L1 2.8u, the
 *    additions 3.1u; u = 2^-53): 10u.  log2 x within 2^-45.5 relative.
 *  - t = RN(y log2 x): within 2^-45.49 |t|, below 2^-38.25 for |t| < 152
 *    (the float results: beyond, x^y rounds to 0 or infinity whatever
 *    the error): 2^-38.77 relative on 2^t.
 *  - the reduction does not wait for the series: kd = t0 rounded to 2^-7,
 *    t0 = RN(y RN(A + r L1)) known once r is, s = RN(t - kd) right after
 *    t.  |log2 x - RN(A + r L1)| <= |r|^2 |L2| (1 + 2^-7) + 2^-45 <
 *    2^-16.45 (|r| <= 2^-8; the roundings, |A + r L1| < 129), so with
 *    those of t and t0 (|t0| < 2^13: 2^-40 each) |t - t0| < 64 2^-16.45 +
 *    2^-39 < 2^-10.44 and |s| <= 2^-8 + 2^-10.44 < 2^-7.75 (s rounded:
 *    2^-61 at most).
 *  - res = Ts + (Ts s) P(s), Ts = 2^(j/128) 2^k within u relative: P's
 *    2^-39.70, the roundings (Ts, Ts s, P, the product, the last
 *    addition) below 2.1u: 2^-39.70 relative of 2^(t - kd) 2^(kd).
 * In all res is within 2^-38.16 of x^y (2^-38.77 + 2^-39.70; session 8
 * wrote 2^-38.21 for |t| < 149, where the sum is 2^-38.18): powf1_ok asks
 * for 2^-38 (2^15 units of the double's last place from a float midpoint,
 * below 2^-126 of w's: 2^-163, 2^-14 of the subnormal spacing), so about
 * 2^-13 of the arguments take the double pow. */
static const struct { double invc, t2; } powf_log_tab[128] = {
	{ 0x1.6816800000000p+0, -0x1.f804a8c7baf3fp-2 },
	{ 0x1.661ec00000000p+0, -0x1.efec4646ccef2p-2 },
	{ 0x1.642c800000000p+0, -0x1.e7df48cff117ep-2 },
	{ 0x1.623fa00000000p+0, -0x1.dfdd6ad0ee9f6p-2 },
	{ 0x1.6058200000000p+0, -0x1.d7e6ea8254274p-2 },
	{ 0x1.5e75c00000000p+0, -0x1.cffaf8d2f6f67p-2 },
	{ 0x1.5c98800000000p+0, -0x1.c819d0a2a2402p-2 },
	{ 0x1.5ac0600000000p+0, -0x1.c043ad4ac208cp-2 },
	{ 0x1.58ed200000000p+0, -0x1.b877b87f22cf8p-2 },
	{ 0x1.571ee00000000p+0, -0x1.b0b6b3f7d06f9p-2 },
	{ 0x1.5555600000000p+0, -0x1.a8ffc5429eb79p-2 },
	{ 0x1.5390a00000000p+0, -0x1.a15323087936cp-2 },
	{ 0x1.51d0800000000p+0, -0x1.99b0786ebe419p-2 },
	{ 0x1.5015000000000p+0, -0x1.9217faccfbf79p-2 },
	{ 0x1.4e5e000000000p+0, -0x1.8a8952816c502p-2 },
	{ 0x1.4cab800000000p+0, -0x1.8304b3897d7eep-2 },
	{ 0x1.4afd600000000p+0, -0x1.7b89c373b7a98p-2 },
	{ 0x1.4953a00000000p+0, -0x1.7418b4db0f9e4p-2 },
	{ 0x1.47ae200000000p+0, -0x1.6cb12a763c489p-2 },
	{ 0x1.460cc00000000p+0, -0x1.6552c47827273p-2 },
	{ 0x1.446f800000000p+0, -0x1.5dfdb244515a5p-2 },
	{ 0x1.42d6600000000p+0, -0x1.56b223995e0ccp-2 },
	{ 0x1.4141400000000p+0, -0x1.4f6fb5679a7d6p-2 },
	{ 0x1.3fb0200000000p+0, -0x1.483695f490399p-2 },
	{ 0x1.3e22c00000000p+0, -0x1.4105caa9b4358p-2 },
	{ 0x1.3c99600000000p+0, -0x1.39dea8c5f4464p-2 },
	{ 0x1.3b13c00000000p+0, -0x1.32c03376e3769p-2 },
	{ 0x1.3991c00000000p+0, -0x1.2ba9ff38c5e74p-2 },
	{ 0x1.3813800000000p+0, -0x1.249cccebeafa9p-2 },
	{ 0x1.3698e00000000p+0, -0x1.1d983038a5973p-2 },
	{ 0x1.3521c00000000p+0, -0x1.169bba3115252p-2 },
	{ 0x1.33ae400000000p+0, -0x1.0fa82c9b062bdp-2 },
	{ 0x1.323e400000000p+0, -0x1.08bd17abe82f6p-2 },
	{ 0x1.30d1a00000000p+0, -0x1.01da08fecad36p-2 },
	{ 0x1.2f68400000000p+0, -0x1.f5fd1725fca86p-3 },
	{ 0x1.2e02600000000p+0, -0x1.e857fac7496f8p-3 },
	{ 0x1.2c9fc00000000p+0, -0x1.dac29ae35534fp-3 },
	{ 0x1.2b40400000000p+0, -0x1.cd3c066ac4eeep-3 },
	{ 0x1.29e4200000000p+0, -0x1.bfc6ff3a56d75p-3 },
	{ 0x1.288b000000000p+0, -0x1.b260190d317c0p-3 },
	{ 0x1.2735000000000p+0, -0x1.a508d7ea6b479p-3 },
	{ 0x1.25e2200000000p+0, -0x1.97c184629c6dbp-3 },
	{ 0x1.2492400000000p+0, -0x1.8a892456dccd2p-3 },
	{ 0x1.2345600000000p+0, -0x1.7d5ffcf67e386p-3 },
	{ 0x1.21fb800000000p+0, -0x1.704653e6f2bfap-3 },
	{ 0x1.20b4800000000p+0, -0x1.633b27c3d59d4p-3 },
	{ 0x1.1f70400000000p+0, -0x1.563d71d57fce4p-3 },
	{ 0x1.1e2f000000000p+0, -0x1.4950053093e57p-3 },
	{ 0x1.1cf0600000000p+0, -0x1.3c6f45c90fb34p-3 },
	{ 0x1.1bb4a00000000p+0, -0x1.2f9e08ff2e29dp-3 },
	{ 0x1.1a7ba00000000p+0, -0x1.22db440a72bd4p-3 },
	{ 0x1.1945400000000p+0, -0x1.1625e6c58f466p-3 },
	{ 0x1.1811800000000p+0, -0x1.097e2d43bcac3p-3 },
	{ 0x1.16e0600000000p+0, -0x1.f9c8a7fa3c0ddp-4 },
	{ 0x1.15b1e00000000p+0, -0x1.e0b12f9a25cbdp-4 },
	{ 0x1.1486000000000p+0, -0x1.c7b66be0edce9p-4 },
	{ 0x1.135c800000000p+0, -0x1.aed37a961f043p-4 },
	{ 0x1.1235800000000p+0, -0x1.960b77fb6f6f6p-4 },
	{ 0x1.1111200000000p+0, -0x1.7d618c96da670p-4 },
	{ 0x1.0fef000000000p+0, -0x1.64ce0fab1fa4bp-4 },
	{ 0x1.0ecf600000000p+0, -0x1.4c56d9e0b83a1p-4 },
	{ 0x1.0db2000000000p+0, -0x1.33f6e70c7e7fcp-4 },
	{ 0x1.0c97200000000p+0, -0x1.1bb41cbf6df7ap-4 },
	{ 0x1.0b7e600000000p+0, -0x1.0386a9b00ef62p-4 },
	{ 0x1.0a68200000000p+0, -0x1.d6ee7ae5a54a6p-5 },
	{ 0x1.0954000000000p+0, -0x1.a6fbed7681b1cp-5 },
	{ 0x1.0842200000000p+0, -0x1.773c011bdf1ecp-5 },
	{ 0x1.0732600000000p+0, -0x1.47a9ea5addbd8p-5 },
	{ 0x1.0624e00000000p+0, -0x1.184c0d415ead6p-5 },
	{ 0x1.0519800000000p+0, -0x1.d23b2a73a25e5p-6 },
	{ 0x1.0410400000000p+0, -0x1.743e8c0cd5929p-6 },
	{ 0x1.0309200000000p+0, -0x1.16a3c92a45987p-6 },
	{ 0x1.0204000000000p+0, -0x1.72c1f4cf06d25p-7 },
	{ 0x1.0101000000000p+0, -0x1.720c2ab2312a9p-8 },
	{ 0x1.0000000000000p+0, 0x0.0p+0 },
	{ 0x1.fc08000000000p-1, 0x1.6fdf461d2e4f8p-7 },
	{ 0x1.f81f800000000p-1, 0x1.6e79c4b14ae57p-6 },
	{ 0x1.f446600000000p-1, 0x1.11cc8d0c35ea5p-5 },
	{ 0x1.f07c200000000p-1, 0x1.6bad2043a8791p-5 },
	{ 0x1.ecc0800000000p-1, 0x1.c4df3826464c6p-5 },
	{ 0x1.e913200000000p-1, 0x1.0eb34a7fa5facp-4 },
	{ 0x1.e573a00000000p-1, 0x1.3aa396bf7a150p-4 },
	{ 0x1.e1e1e00000000p-1, 0x1.663f86c1d8a22p-4 },
	{ 0x1.de5d600000000p-1, 0x1.918ac6e6a6382p-4 },
	{ 0x1.dae6000000000p-1, 0x1.bc84805ff9090p-4 },
	{ 0x1.d77b600000000p-1, 0x1.e72f037527fd6p-4 },
	{ 0x1.d41d400000000p-1, 0x1.08c594584b569p-3 },
	{ 0x1.d0cb600000000p-1, 0x1.1dccecbc18ba6p-3 },
	{ 0x1.cd85600000000p-1, 0x1.32aed4fa14f42p-3 },
	{ 0x1.ca4b400000000p-1, 0x1.476a3a9b28d40p-3 },
	{ 0x1.c71c800000000p-1, 0x1.5c01474aa1452p-3 },
	{ 0x1.c3f9000000000p-1, 0x1.7073c56f30b42p-3 },
	{ 0x1.c0e0800000000p-1, 0x1.84c2552330c76p-3 },
	{ 0x1.bdd2c00000000p-1, 0x1.98ed9f6aafbf3p-3 },
	{ 0x1.bacfa00000000p-1, 0x1.acf580c0e0fc3p-3 },
	{ 0x1.b7d6c00000000p-1, 0x1.c0db86d5854dfp-3 },
	{ 0x1.b4e8200000000p-1, 0x1.d49ec505e3978p-3 },
	{ 0x1.b203600000000p-1, 0x1.e840d9de2b8d8p-3 },
	{ 0x1.af28600000000p-1, 0x1.fbc1bc5aa17d8p-3 },
	{ 0x1.ac57000000000p-1, 0x1.0790b38054dccp-2 },
	{ 0x1.a98f000000000p-1, 0x1.11305b0d46078p-2 },
	{ 0x1.a6d0200000000p-1, 0x1.1ac047af2aea8p-2 },
	{ 0x1.a41a400000000p-1, 0x1.24408076324fcp-2 },
	{ 0x1.a16d400000000p-1, 0x1.2db10e538534dp-2 },
	{ 0x1.9ec8e00000000p-1, 0x1.37126e18e3dfap-2 },
	{ 0x1.9c2d200000000p-1, 0x1.40643c051e171p-2 },
	{ 0x1.9999a00000000p-1, 0x1.49a76da78a81bp-2 },
	{ 0x1.970e400000000p-1, 0x1.52dc1808a8842p-2 },
	{ 0x1.948b000000000p-1, 0x1.5c01dd54f105fp-2 },
	{ 0x1.920fc00000000p-1, 0x1.6518d46fe6eacp-2 },
	{ 0x1.8f9c200000000p-1, 0x1.6e2202e1e0b68p-2 },
	{ 0x1.8d30200000000p-1, 0x1.771d10f755648p-2 },
	{ 0x1.8acba00000000p-1, 0x1.800a1ded84d0fp-2 },
	{ 0x1.886e600000000p-1, 0x1.88e9c392b7fbbp-2 },
	{ 0x1.8618600000000p-1, 0x1.91bbae57434ccp-2 },
	{ 0x1.83c9800000000p-1, 0x1.9a8003d4a05f2p-2 },
	{ 0x1.8181800000000p-1, 0x1.a337666d47e13p-2 },
	{ 0x1.7f40600000000p-1, 0x1.abe186df47b97p-2 },
	{ 0x1.7d06000000000p-1, 0x1.b47e9148fa186p-2 },
	{ 0x1.7ad2200000000p-1, 0x1.bd0f30c877b4fp-2 },
	{ 0x1.78a4c00000000p-1, 0x1.c5931a8fd837dp-2 },
	{ 0x1.767dc00000000p-1, 0x1.ce0a816784a0bp-2 },
	{ 0x1.745d200000000p-1, 0x1.d6751b6343f11p-2 },
	{ 0x1.7242800000000p-1, 0x1.ded41d0165e73p-2 },
	{ 0x1.702e000000000p-1, 0x1.e726c133bce07p-2 },
	{ 0x1.6e1f800000000p-1, 0x1.ef6d41affa979p-2 },
	{ 0x1.6c16c00000000p-1, 0x1.f7a85c5202492p-2 },
	{ 0x1.6a13c00000000p-1, 0x1.ffd7cf09760a8p-2 },
};

static inline __attribute__((always_inline)) double powf_exp(double t, double kd, uint64_t ki)
{
	double s = t - kd;
	double s2 = s * s;
	double P = (POWF1_E1 + s * POWF1_E2) + s2 * POWF1_E3;
	/* 2^(j/128) (exp2's th, within 2^-53 relative) with k added to its
	 * exponent (|k| <= 1000: a normal double); ki >> 7 << 52 drops the
	 * shift's bits */
	double Ts = __dfrom(__dbits(__exp2_tab[ki & 127].th) + ((ki >> 7) << 52));
	return Ts + (Ts * s) * P;
}

static float powf_any(float x, float y);

static __attribute__((noinline, cold)) float powf_slow1(float x, float y)
{
	MATH_SLOW(powf);
	return __math_narrow_uflow(pow(x, y));
}

/* the first path's arguments with |kd| > 1000 (|t| > 999), kd = -149 and
 * kd = 128: overflow and underflow decided from t, the rest (within 2^-7.75
 * of -149 or 128) by powf_any */
static __attribute__((noinline)) float powf_oor(float x, float y, double t)
{
	if (t > 129.0)
		return (float)__math_oflow(0);   /* x^y > 2^128.9 > FLT_MAX */
	if (t < -151.0)
		return (float)__math_uflow(0);   /* x^y < 2^-150.9: +0 */
	return powf_any(x, y);
}

float powf(float x, float y)
{
	uint32_t ix = __fbits(x);
	if (ix - 0x00800000u < 0x7f000000u && (__fbits(y) & 0x7fffffffu) < 0x42800000u) {
		uint32_t tmp = ix - 0x3f358000u;           /* LOG_OFF as a float */
		int i = (int)((tmp >> 16) & 127);
		double kd0 = __el_i2d((int32_t)tmp >> 23);
		/* z as a double from the float's bits (z normal, in [0.709, 1.418)) */
		double z = __dfrom(((uint64_t)(ix - (tmp & 0xff800000u)) << 29) + ((uint64_t)(1023 - 127) << 52));
		double r = z * powf_log_tab[i].invc - 1.0;  /* exact */
		double A = kd0 + powf_log_tab[i].t2;
		double yd = __arch_f2d(y);
		double r2 = r * r, r4 = r2 * r2;
		double l1 = A + r * POWF1_L1;
		double l = (l1 + r2 * (POWF1_L2 + r * POWF1_L3)) + r4 * (POWF1_L4 + r * POWF1_L5);
		double ke = yd * l1 + POWF_SHIFT;
		uint64_t ki = __dbits(ke);
		double kd = ke - POWF_SHIFT;
		double t = yd * l;
		/* m = 128 kd (kd = t0 rounded to 2^-7: ki's low 32 bits).  For
		 * |kd| <= 1000, 2^kd is a normal double: res below is x^y in
		 * double for every such argument, the float results that
		 * overflow or underflow too, without a branch on the range
		 * (random y put a fifth of the bench's arguments out of
		 * (-125, 126), and a branch there was mispredicted as often).
		 * The range error, x^y < 2^-149 or an infinite float, is
		 * decided from kd (known early, so that errno's store waits
		 * for nothing): |t - kd| < 2^-7.75 and t within 2^-35 of
		 * y log2 x, so that kd <= -149 - 2^-7 means x^y < 2^-149,
		 * kd >= -149 + 2^-7 the contrary; kd >= 128 + 2^-7 means
		 * x^y > 2^128 (an overflow), kd <= 128 - 2^-7 that
		 * x^y < 2^127.996 < FLT_MAX.  kd = -149 and kd = 128, where it
		 * is not known, and |kd| > 1000 (|t| > 999) go to powf_oor.
		 * The flags: (float)res raises overflow or underflow as the
		 * float result does; before it only Ts s can underflow (Ts >=
		 * 2^-1000, s a multiple of t's last place), for x^y < 2^-990,
		 * whose float result underflows anyway. */
		int32_t m = (int32_t)(uint32_t)ki;
		if ((uint32_t)(m + 1000 * 128) <= 2000 * 128 && m != -149 * 128 && m != 128 * 128) {
			double res = powf_exp(t, kd, ki);
			/* w: res + 2^-126 below 2^-126, where the float spacing
			 * is 2^-149, w's at 2^-126 (the addition within 2^-179),
			 * so that powf1_ok tests res against the subnormal
			 * midpoints there (and a result below 2^-150, w = 2^-126,
			 * passes and rounds to +0) */
			double w = res + __dfrom(__dbits(res) < 0x3810000000000000ull ? 0x3810000000000000ull : 0);
			if (powf1_ok(w)) {
				__errno_erange_if((uint32_t)(m + 149 * 128) > (149 + 128) * 128);
				return (float)res;
			}
			return powf_slow1(x, y);
		}
		return powf_oor(x, y, t);
	}
	return powf_any(x, y);
}

/* Every other powf (and its seams, t near -149 and 127) */
static __attribute__((noinline)) float powf_any(float x, float y)
{
	if (__fbits(x) - 1u < 0x7f7fffffu && (__fbits(y) & 0x7fffffffu) < 0x7f800000u) {
		double xd = __arch_f2d(x);
		uint64_t u = __dbits(xd), tmp = u - LOG_OFF;
		int i = (int)((tmp >> 45) & 127);
		double kd = __el_i2d((int64_t)tmp >> 52);
		double z = __dfrom(u - (tmp & (0xfffull << 52)));
		double r = z * __math_log_tab128[i][0] - 1.0;   /* exact */
		/* A = k - log2(invc) rounded: beside the series, not after it */
		double A = (kd + __math_log2_tab128[i][0]) + __math_log2_tab128[i][1];
		double r2 = r * r, r4 = r2 * r2;
		double l = ((A + r * POWF_L1) + r2 * (POWF_L2 + r * POWF_L3)) + r4 * ((POWF_L4 + r * POWF_L5) + r2 * POWF_L6);
		double t = __arch_f2d(y) * l;
		if (t < 127.0 && t > -149.0) {
			double ke = t + POWF_SHIFT;
			uint64_t ki = __dbits(ke);
			double s = t - (ke - POWF_SHIFT);        /* exact */
			double s2 = s * s;
			double q = (s * POWF_E1 + s2 * (POWF_E2 + s * POWF_E3)) + (s2 * POWF_E4) * s2;
			int j = (int)(ki & 127);
			/* 2^(j/128) within 2^-53 relative, times 2^k exactly (the
			 * result a normal double: 2^-150 < x^y < 2^127) */
			double Ts = (__math_exp_tab[j][0] + __math_exp_tab[j][1]) * __pow2((int32_t)(uint32_t)ki >> 7);
			double res = Ts + Ts * q;
			if (t > -125.0 ? powf_ok(res) : powf_sub_ok(res))
				return (float)res;
			MATH_SLOW(powf);
		} else if (t > 129.0) {
			/* x^y > 2^128.9 > FLT_MAX: overflow */
			return (float)__math_oflow(0);
		} else if (t < -151.0) {
			/* x^y < 2^-150.9: underflow to +0 */
			return (float)__math_uflow(0);
		}
	}
	return __math_narrow_uflow(pow(x, y));
}
long double powl(long double x, long double y) { return pow((double)x, (double)y); }
