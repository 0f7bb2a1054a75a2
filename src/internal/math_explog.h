/* Fast paths of exp, exp2, exp10, expm1, log, log2, log10, log1p, pow and
 * their float versions: inline kernels in plain double arithmetic with a
 * proven error bound (docs/math.md, "Error analysis of the fast paths"),
 * tables in explog_data.c (tools/gen_explog_tables.py). */
#ifndef __INTERNAL_MATH_EXPLOG_H
#define __INTERNAL_MATH_EXPLOG_H
#include "math_impl.h"

#define __EL_INLINE static inline __attribute__((always_inline))

/* 2^(j/128) = th + tl, th with 41 significant bits */
extern const double __math_exp_tab[128][2];
/* exp2's table (src/math/exp.c, tools/gen_exp2_tables.py; docs/math.md,
 * "Session 8, round 2"): th = RN(2^(j/128)), tl = RN(2^(j/128) - th), a
 * and e the split of (th + tl) ln2/128; powf's first path reads th too. */
struct __exp2_row { double th, tl, a, e; };
extern const struct __exp2_row __exp2_tab[128];
/* invc (20 bits; 1 for interval LOG_I1), -log(invc) as hi (a multiple of
 * 2^-42) + lo */
extern const double __math_log_tab128[128][3];
/* -log2(invc) as hi (a multiple of 2^-42) + lo, for the same intervals */
extern const double __math_log2_tab128[128][2];

/* ln2/128 = EXP_L1 (35 bits: kd EXP_L1 exact for |kd| < 2^18) + EXP_L2 */
#define EXP_L1 0x1.62e42fefc0000p-8
#define EXP_L2 -0x1.c610ca86c3899p-44
#define EXP_INVL 0x1.71547652b82fep+7     /* 128/ln2 */
#define EXP_SHIFT 0x1.8p52                 /* t + EXP_SHIFT rounds t to an integer */
/* ln2 = LOG_LN2H (a multiple of 2^-42: k LOG_LN2H exact for |k| < 2^11) + LOG_LN2L */
#define LOG_LN2H 0x1.62e42fefa3800p-1
#define LOG_LN2L 0x1.ef35793c76730p-45
#define LOG_OFF 0x3fe6b00000000000ull     /* z in [LOG_OFF, 2 LOG_OFF) as bits */
#define LOG_I1 74                          /* the interval [1 - 2^-9, 1 + 2^-8) */
/* C = C_A + C_B + C_C, C_A and C_B of 26 bits: x C_A, x C_B exact for x
 * of 27 bits */
#define EL_LN2_A 0x1.62e4300000000p-1
#define EL_LN2_B -0x1.05c6110000000p-29
#define EL_LN2_C 0x1.abc9e3b39803fp-56
#define EL_LN10_A 0x1.26bb1b8000000p+1
#define EL_LN10_B 0x1.daaa8b0000000p-26
#define EL_LN10_C -0x1.f48ad494ea3e9p-53
#define EL_INVLN2_A 0x1.7154768000000p+0
#define EL_INVLN2_B -0x1.6a3e810000000p-27
#define EL_INVLN2_C 0x1.777d0ffda0d24p-56
#define EL_INVLN10_A 0x1.bcb7b18000000p-2
#define EL_INVLN10_B -0x1.6c8d790000000p-29
#define EL_INVLN10_C 0x1.95355baaafad3p-57

/* (double)k for |k| < 2^51, without cvtsi2sd: that instruction writes only
 * the low half of its register and so waits for whatever wrote the register
 * last, at a function's entry often a late result of the previous call (the
 * false dependency of src/arch/x86_64/arch_inline.h), which chains the calls
 * of a loop.  An integer addition into the bits of 1.5 2^52 (a full-register
 * movq) and one exact subtraction instead. */
__EL_INLINE double __el_i2d(int64_t k) { return __dfrom(0x4338000000000000ull + (uint64_t)k) - 0x1.8p52; }

/* x with its low n fraction bits cleared */
__EL_INLINE double __el_mask(double x, int n) { return __dfrom(__dbits(x) & (~0ull << n)); }

/* x * C as hi + *lo (|*lo| <= ulp(hi)/2) within 2^-75.5 |x C|, C given as
 * A + B + C of the EL_ constants above; |x| < 2^1000. */
__EL_INLINE double __el_mul(double x, double a, double b, double c, double *lo)
{
	double xa = __el_mask(x, 27), xb = x - xa;   /* 26 + 27 bits */
	double p = xa * a;                            /* exact */
	double m = (xa * b + xb * a) + (xb * b + x * c);
	double hi = p + m;
	*lo = m - (hi - p);                           /* exact: |p| > |m| */
	return hi;
}

/* Ziv's test on hi + rest within err (err including the rounding of
 * rest +- err): hi + rest rounded, when that is the rounding of every value
 * within err of hi + rest; else 0 (never a result of the fast paths, whose
 * results are never 0). */
__EL_INLINE double __el_round(double hi, double rest, double err)
{
	double a = hi + (rest + err), b = hi + (rest - err);
	return a == b ? a : 0.0;
}

/* e^(xh + xl) = 2^*k (hi + *rest), |xh| < 745, |xl| <= 2^-15.4.  Error of
 * hi + *rest (absolute; hi in [0.99, 2.03]): below EXP_ERR when |xl| <=
 * 2^-40, EXP_ERR_POW otherwise, plus 2.03 times the error of xh + xl. */
#define EXP_ERR 0x1p-66
#define EXP_C3 0x1.5555555555555p-3
#define EXP_C4 0x1.5555555555555p-5
#define EXP_C5 0x1.1111111111111p-7
#define EXP_C6 0x1.6c16c16c16c17p-10
/* The end of __exp_tail_at and of exp.c's exp2_kernel: hi = th + p (p
 * exact, the table's th, tl and T = RN(th + tl) or th), lo its exact
 * error, *rest = (E + A) + B with E = ((lo + tl) + x) + y (x and y the
 * caller's small terms), A = (T r^2)(1/2 + r C3), B = (T r^2 r^2)((C4 + r
 * C5) + r^2 C6): the series e^r - 1 - r times T, in two parts. */
__EL_INLINE double __exp_sum(double th, double tl, double p, double T, double r, double x, double y, double *rest)
{
	double r2 = r * r;
	double Tr2 = T * r2;
	double A = Tr2 * (0.5 + r * EXP_C3);
	double B = (Tr2 * r2) * ((EXP_C4 + r * EXP_C5) + r2 * EXP_C6);
	double hi = th + p;
	double lo = p - (hi - th);                    /* exact */
	double E = ((lo + tl) + x) + y;
	*rest = (E + A) + B;
	return hi;
}

/* The rest of __exp_kernel, shared with exp2: 2^(j/128) e^(rh + rl) as hi
 * + *rest, j the low 7 bits of ki and *k the rest; rh a multiple of 2^-20,
 * |rh + rl| < 2^-8.49; the series q = e^r - 1 - r evaluated at r, within
 * 2^-61.5 of rh + rl (the callers compute it apart from rh and rl, so that
 * the series need not wait for them: docs/math.md, "Session 7").
 * Session 8: the table value T = RN(th + tl) (within 2^-53) multiplies the
 * series' two parts as they come, *rest = (E + A) + B with E = ((lo + tl)
 * + tl rh) + T rl, A = (T r^2)(1/2 + r C3), B = (T r^2 r^2)((C4 + r C5) +
 * r^2 C6), instead of waiting for q and u = rl + q (the chain after r: 15
 * cycles of additions and products instead of 27).  Error in units of
 * 2^-70 (docs/math.md, "Session 8"): truncation 0.62 (times th), the
 * point r 1.41 (2 for exp2), rl 0.13 (0.35), the roundings of r^2 (1),
 * T r^2 (1.02), 1/2 + r C3 (1.01), A (1), T's own error times q (0.5), E
 * (0.38), E + A (1), the last addition (1), B's below 2^-90: 9.07 (9.88
 * for exp2) = 2^-66.82 (2^-66.70), 2^-66.61 (2^-66.50) with __el_round's
 * rounding: below EXP_ERR, and below the bound of the Session 7 tail
 * (2^-66.6 before the test's rounding), whose u = rl + q and four
 * roundings of terms near 2^-16.7 were gone. */
__EL_INLINE double __exp_tail_at(uint64_t ki, double rh, double rl, double r, double *rest, int *k)
{
	int j = (int)(ki & 127);
	*k = (int32_t)(uint32_t)ki >> 7;
	double th = __math_exp_tab[j][0], tl = __math_exp_tab[j][1];
	double T = th + tl;
	double p = th * rh;                           /* exact: 41 + 12 bits */
	return __exp_sum(th, tl, p, T, r, tl * rh, T * rl, rest);
}

/* The same with the series at RN(rh + rl) */
__EL_INLINE double __exp_tail(uint64_t ki, double rh, double rl, double *rest, int *k)
{
	return __exp_tail_at(ki, rh, rl, rh + rl, rest, k);
}

/* The series at RN(r1 + w) (within 2^-62 + 2^-74 of rh + rl: RN(rh + rl)
 * was within 2^-62), which does not wait for rh. */
__EL_INLINE double __exp_kernel(double xh, double xl, double *rest, int *k)
{
	double kd = xh * EXP_INVL + EXP_SHIFT;
	uint64_t ki = __dbits(kd);
	kd -= EXP_SHIFT;
	double r1 = xh - kd * EXP_L1;                 /* exact */
	double rh = (r1 + 0x1.8p32) - 0x1.8p32;       /* multiple of 2^-20 */
	double w = xl - kd * EXP_L2;
	double rl = (r1 - rh) + w;
	return __exp_tail_at(ki, rh, rl, r1 + w, rest, k);
}

/* The reduction of the log kernels (and of log.c's fast paths): x = 2^k z
 * for the positive normal x of bits u (z from the bits: row i of
 * __math_log_tab128 is z's interval), returns k; *invc = 1/c of 20 bits
 * (the row's), z/c - 1 = *rh + *rl exactly: mh = z with its 20 low bits
 * cleared (33 bits), so that rh = mh invc - 1 and rl = (z - mh) invc are
 * exact, except, when whole_at_1, in the row around 1, where invc = 1 and
 * z - 1 itself is exact (mh = z). */
__EL_INLINE int __log_red(uint64_t u, int whole_at_1, int *row, double *invc, double *rh, double *rl)
{
	uint64_t tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	uint64_t zb = u - (tmp & (0xfffull << 52));
	uint64_t mask = whole_at_1 && i == LOG_I1 ? ~0ull : ~0xfffffull;
	double z = __dfrom(zb), mh = __dfrom(zb & mask);
	double ml = z - mh;                           /* exact, < 2^-32 */
	*row = i;
	*invc = __math_log_tab128[i][0];
	*rh = mh * *invc - 1.0;                       /* exact */
	*rl = ml * *invc;                             /* exact */
	return (int)((int64_t)tmp >> 52);
}

/* log x = hi + *rest for x = 2^k0 * (bits u), u a positive normal double,
 * and, when with_lo, zlo (|zlo| <= 1) added to that double (log1p: 1 + x
 * = double + zlo).
 * Error of hi + *rest: below LOG_ERR(hi, K), K the returned *kpart: an
 * absolute 2^-74.8 when K != 0, a relative 2^-67.5 when K = 0 (x in [1 -
 * 2^-9, 1 + 2^-8)); LOG_ERR_T adds the rounding of rest +- err in
 * __el_round (docs/math.md). */
#define LOG_C3 0x1.5555555555555p-2
#define LOG_C4 -0x1p-2
#define LOG_C5 0x1.999999999999ap-3
#define LOG_C6 -0x1.5555555555555p-3
#define LOG_C7 0x1.2492492492492p-3
#define LOG_C8 -0x1p-3
#define LOG_C9 0x1.c71c71c71c71cp-4
#define LOG_ERR_REL 0x1.7p-68   /* 2^-67.48 */
#define LOG_ERR(hi, K) ((K) != 0 ? 0x1.2p-75 : __builtin_fabs(hi) * LOG_ERR_REL)
#define LOG_ERR_T(hi, K) ((K) != 0 ? 0x1p-74 : __builtin_fabs(hi) * LOG_ERR_REL)
__EL_INLINE double __log_kernel(uint64_t u, int k0, double zlo_unscaled, int with_lo, double *rest, double *kpart)
{
	int i;
	double invc, rh, rl;
	int k = __log_red(u, 1, &i, &invc, &rh, &rl) + k0;
	/* |zlo| <= 1 (the rounding error of 1 + x): negligible above 2^100 */
	if (with_lo && k < 100)
		rl += (zlo_unscaled * __pow2(-k)) * invc;
	double kd = __el_i2d(k);
	double K = kd * LOG_LN2H + __math_log_tab128[i][1];   /* exact */
	double hi = K + rh;
	double lo = rh - (hi - K);                    /* exact: |K| >= |rh| or K = 0 */
	double r = rh + rl;
	double ra = __el_mask(rh, 27), rb = rh - ra;
	double Q = -0.5 * (ra * ra);                  /* exact */
	double h2 = hi + Q;
	double lo2 = Q - (h2 - hi);                   /* exact: |hi| >= |Q| */
	double r2 = r * r;
	double p = r * r2 * ((LOG_C3 + r * LOG_C4) + r2 * (LOG_C5 + r * LOG_C6) +
		(r2 * r2) * ((LOG_C7 + r * LOG_C8) + r2 * LOG_C9));
	double cross = -0.5 * (rb * (rh + ra) + rl * (rh + r));
	*rest = ((lo + lo2) + (rl + (kd * LOG_LN2L + __math_log_tab128[i][2]))) + (cross + p);
	*kpart = K;
	return h2;
}

/* log1p(r) - r for r = rh + rl (|r| <= 2^-8, |rl| < 2^-19.5) as sq + p:
 * sq = -rh^2/2 - rl (rh + rl/2) = -r^2/2, p = r^3 (1/3 - r/4 + ... -
 * r^5/8) at r = RN(rh + rl) (docs/math.md, "log kernel" and "Session 7") */
__EL_INLINE double __log1p_minus_r(double rh, double rl)
{
	double r = rh + rl;
	double r2 = r * r;
	double p = r * r2 * ((LOG_C3 + r * LOG_C4) + r2 * (LOG_C5 + r * LOG_C6) +
		(r2 * r2) * (LOG_C7 + r * LOG_C8));
	double sq = -0.5 * (rh * rh) - rl * (rh + 0.5 * rl);   /* -r^2/2 */
	return sq + p;
}

/* __log_kernel for x = 2^k0 (bits u) outside [1 - 2^-9, 1 + 2^-8) (K != 0),
 * without the exact split of r^2/2: error of hi + *rest below LOG_ERR_A
 * (absolute, |hi| >= 2^-9), LOG_ERR_A_T with the rounding of rest +- err
 * in __el_round. */
#define LOG_ERR_A 0x1p-68
#define LOG_ERR_A_T 0x1.4p-68    /* 2^-67.68 */
__EL_INLINE double __log_kernel_a(uint64_t u, int k0, double zlo_unscaled, int with_lo, double *rest)
{
	int i;
	double invc, rh, rl;
	int k = __log_red(u, 0, &i, &invc, &rh, &rl) + k0;
	if (with_lo && k < 100)
		rl += (zlo_unscaled * __pow2(-k)) * invc;
	double kd = __el_i2d(k);
	double K = kd * LOG_LN2H + __math_log_tab128[i][1];   /* exact */
	double hi = K + rh;
	double lo = rh - (hi - K);                    /* exact: |K| > |rh| */
	*rest = (lo + (rl + (kd * LOG_LN2L + __math_log_tab128[i][2]))) + __log1p_minus_r(rh, rl);
	return hi;
}

/* x = 2^k0 (bits u) in [1 - 2^-9, 1 + 2^-8): the case K = 0 */
#define LOG_NEAR1(u) ((u) - 0x3feff00000000000ull < (1ull << 45))

/* e^x for the float functions: x = kd ln2/128 + r (ki the bits of kd +
 * EXP_SHIFT, |r| <= 2^-8.49 within 2^-60 of its value), degree-4 series
 * (truncation r^5/120 < 2^-49.4), 2^(j/128) from the table: relative error
 * below 2^-49.2 (docs/math.md, "Float versions"). */
#define EXPF_C3 0x1.5555555555555p-3
#define EXPF_C4 0x1.5555555555555p-5
__EL_INLINE double __expf_tail(uint64_t ki, double r)
{
	double r2 = r * r;
	double p = r + r2 * ((0.5 + r * EXPF_C3) + r2 * EXPF_C4);
	int j = (int)(ki & 127);
	double th = __math_exp_tab[j][0], tl = __math_exp_tab[j][1];
	return (th + (th * p + tl)) * __pow2((int32_t)(uint32_t)ki >> 7);
}

/* log(1 + t) for the float functions (asinhf, acoshf, atanhf), t >= 0 a
 * double (finite, below 2^1000): 1 + t = a.hi + a.lo exactly (two_sum),
 * a.hi = 2^k z, z = mh + ml (mh of 33 bits), r = (mh invc - 1) + (ml +
 * a.lo 2^-k) invc with the first part exact (as in __log_kernel), so r is
 * z invc - 1 for the exact 1 + t within 2^-53 |r| + 2^-84; then logf's
 * degree-7 series.  Relative error below 2^-50.5 (docs/math.md, "Session
 * 5"): around 1 (K = 0) the result is the series itself, r's rounding and
 * the series' (truncation r^7/8 < 2^-59 relative, the tail's roundings
 * 2^-51, the last addition u): 2.3u; elsewhere |log(1 + t)| >= 2^-8.006
 * and the absolute errors (r, the series, the three additions, each below
 * 2^-61, truncation 2^-67) are below 2^-59, plus the last rounding u. */
#define LOGF_C3 0x1.5555555555555p-2
#define LOGF_C4 -0x1p-2
#define LOGF_C5 0x1.999999999999ap-3
#define LOGF_C6 -0x1.5555555555555p-3
#define LOGF_C7 0x1.2492492492492p-3
__EL_INLINE double __log1pf_kernel(double t)
{
	__dd a = __two_sum(1.0, t);
	uint64_t u = __dbits(a.hi), tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	int k = (int)((int64_t)tmp >> 52);
	uint64_t zb = u - (tmp & (0xfffull << 52));
	double z = __dfrom(zb), mh = __dfrom(zb & ~0xfffffull);
	double zl = z - mh;                           /* exact, < 2^-32 */
	if (k < 100)
		zl += a.lo * __pow2(-k);
	double invc = __math_log_tab128[i][0];
	double r = (mh * invc - 1.0) + zl * invc;     /* the first part exact */
	double r2 = r * r;
	double p = r + r2 * ((-0.5 + r * LOGF_C3) + r2 * ((LOGF_C4 + r * LOGF_C5) + r2 * (LOGF_C6 + r * LOGF_C7)));
	double kd = __el_i2d(k);
	return (kd * LOG_LN2H + __math_log_tab128[i][1]) + (kd * LOG_LN2L + (__math_log_tab128[i][2] + p));
}

/* log(xd) = (kd LOG_LN2H + K) + (kd LOG_LN2L + small), K (the table's
 * hi) returned, xd a positive normal double: z invc - 1 exact when z has
 * at most 33 bits (logf, log2f, log10f, log1pf below 2^32); otherwise
 * rounded, within 2^-53 absolute (|z invc| < 2), which the callers
 * (asinhf, acoshf away from 0) account for. */
__EL_INLINE double __logf_kernel(double xd, double *kd_out, double *small)
{
	uint64_t u = __dbits(xd), tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	double kd = __el_i2d((int64_t)tmp >> 52);
	double z = __dfrom(u - (tmp & (0xfffull << 52)));
	double r = z * __math_log_tab128[i][0] - 1.0;
	double r2 = r * r;
	double p = r + r2 * ((-0.5 + r * LOGF_C3) + r2 * ((LOGF_C4 + r * LOGF_C5) + r2 * (LOGF_C6 + r * LOGF_C7)));
	*kd_out = kd;
	*small = __math_log_tab128[i][2] + p;
	return __math_log_tab128[i][1];
}

/* The float rounding test: y within 2^-44 |y| of the exact result (a
 * normal float), is y rounded to float that result rounded?  True when y
 * is more than 2^10 units of its last place from a float midpoint. */
__EL_INLINE int __el_float_ok(double y)
{
	return ((__dbits(y) - 0x10000000u + 0x400u) & 0x1fffffffu) > 0x800u;
}

/* The same for a subnormal float result (y in [2^-149, 2^-126), within
 * 2^-43 |y|): y is more than 2^-20 of the float spacing 2^-149 from a
 * midpoint. */
__EL_INLINE int __el_float_sub_ok(double y)
{
	double v = y * 0x1p149;
	double d = v - ((v + EXP_SHIFT) - EXP_SHIFT);
	return __builtin_fabs(d) < 0x1.ffffcp-2;
}

#endif
