/* sinh, cosh, tanh from e^|x| - 1 as a double-double; asinh, acosh, atanh
 * as logarithms of double-doubles. */
#include "../internal/math_impl.h"
#include "../internal/math_explog.h"

/* e^|x| / 2 for |x| >= 40, overflow included */
static double half_exp(double ax)
{
	__dd r;
	int k = __exp_core((__dd){ ax, 0.0 }, &r);
	return __exp_finish(k - 1, r);
}

/* Fast paths, 2^-27 <= a < 40, own kernel (no division for sinh and
 * cosh): a = k ln2/64 + r, k = 64 q + j the nearest integer to a 64/ln2
 * (k < 2^12), r = rh + rl with rh = a - k LN2_64_HI exact (36-bit
 * constant, Sterbenz) and rl = -k LN2_64_LO rounded (|rl| < 2^-33.3, its
 * error below 2^-86); |r| <= 2^-7.5.  A+ = 2^(k/64) = 2^q T[j] and A- =
 * 2^(-k/64) = 2^(-q-1) T[64-j] (2^-q for j = 0), from the table of
 * 2^(j/64) as double-doubles (error 2^-106); S = A+ + A-, D = A+ - A- as
 * hi + lo.  Then, with c = cosh r - 1 and s3 = sinh r - r evaluated at r1 =
 * rh + rl rounded (their slopes r and r^2/2 make r1's 2^-60.5 error below
 * 2^-68 and 2^-76),
 *   2 cosh a = S (1 + c) + D (r + s3),  2 sinh a = D (1 + c) + S (r + s3),
 * the products D.hi rh and S.hi rh exact (Dekker) and added to S.hi or
 * D.hi by two_sum, the rest in double.  Errors, relative to the result R:
 * c = z (1/2 + z (1/24 + z/720)) truncated below r^8/8! < 2^-75 and
 * rounded within 3 2^-53 |c| (|c| < 2^-16): 2^-67.4 S for cosh and D |c|
 * 2^-51.4 <= 2^-66 R for sinh (D <= 2R once k >= 1, D = 0 for k = 0);
 * s3 = r z (1/6 + z (1/120 + z/5040)) truncated below 2^-86, rounded
 * within 2^-51 |s3| <= 2^-75.6; the products with S.hi and D.hi and the
 * five additions of the remaining terms (together below 2^-15.9 S for
 * cosh, 2^-15 R + 2^-24 for sinh): 2^-66.6 R; rl's rounding (2^-86 S
 * <= 2^-78.5 R, 0 when k = 0) and the table: below 2^-64.5 R in all.  So
 * err = 2^-63 |R| (the bound passed for the hi + lo returned).  For k = 0, D = 0, S = 2 and rl = 0: sinh a = a + s3,
 * only s3's rounding. */
/* 2 sinh a (which = 1), 2 cosh a (which = 2) or both (3) as hi + lo:
 * sinh in s[0], s[1], cosh in c[0], c[1] */
static inline void hyp_fast(double a, int which, double *sv, double *cv)
{
	double sh = a * 0x1.71547652b82fep+6 + 0x1.8p52;   /* 64/ln2 */
	int k = (int)__dbits(sh), q = k >> 6, j = k & 63;
	double dk = sh - 0x1.8p52;
	double rh = a - dk * LN2_64_HI;   /* exact */
	double rl = -(dk * LN2_64_LO);
	double r1 = rh + rl, z = r1 * r1;
	double c = z * (0.5 + z * (0x1.5555555555555p-5 + z * 0x1.6c16c16c16c17p-10));
	double s3 = r1 * z * (0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 + z * 0x1.a01a01a01a01ap-13));
	double up = __pow2(q), dn = __pow2(-q - (j != 0));
	double ph = __math_exp2_64[j][0] * up, pl = __math_exp2_64[j][1] * up;
	double mh = __math_exp2_64[(64 - j) & 63][0] * dn, ml = __math_exp2_64[(64 - j) & 63][1] * dn;
	__dd S = __fast_two_sum(ph, mh), D = __fast_two_sum(ph, -mh);   /* ph >= mh */
	S.lo += pl + ml;
	D.lo += pl - ml;
	/* 2 f(a) = F (1 + c) + G (r + s3): sinh F = D, G = S; cosh F = S, G = D */
	for (int f = 1; f <= 2; f++) {
		if (!(which & f))
			continue;
		__dd F = f == 2 ? S : D, G = f == 2 ? D : S;
		__dd P = __two_prod(G.hi, rh);
		__dd A = __two_sum(F.hi, P.hi);
		double rest = (((A.lo + P.lo) + F.lo) + G.hi * (rl + s3)) + (G.lo * r1 + F.hi * c);
		double hi = A.hi + rest;
		double *o = f == 2 ? cv : sv;
		o[0] = hi;
		o[1] = rest - (hi - A.hi);
	}
}

static int sinh_fast(double ax, double *res)
{
	double v[2];
	hyp_fast(ax, 1, v, 0);
	if (!__round_ok(v[0], v[1], v[0] * 0x1p-63))
		return 0;
	*res = 0.5 * v[0];
	return 1;
}

/* Session 8's reduction for cosh_exp, sinh_exp and tanh_exp: a = k ln2/128
 * + rh + rl, k in the low bits of the result (j = k & 127, q = k >> 7),
 * a - k L1 exact, rh that rounded to a multiple of 2^-20 (exact), rl the
 * rest minus k L2. */
static inline __attribute__((always_inline)) uint64_t hx_red(double a, double *rh, double *rl)
{
	double kd = a * EXP_INVL + EXP_SHIFT;
	uint64_t ki = __dbits(kd);
	kd -= EXP_SHIFT;
	double r1 = a - kd * EXP_L1;                  /* exact */
	*rh = (r1 + 0x1.8p32) - 0x1.8p32;             /* multiple of 2^-20 */
	*rl = (r1 - *rh) - kd * EXP_L2;
	return ki;
}

/* P = 2^(k/128) and M = 2^(-k/128), each as hi + lo from the table of
 * 2^(j/128) scaled by a power of two (exact), for cosh_exp and sinh_exp */
static inline __attribute__((always_inline)) void hx_pm(uint64_t ki, double *Ph, double *Pl, double *Mh, double *Ml)
{
	int j = (int)(ki & 127), q = (int)(ki >> 7) & 0xfff, jm = (128 - j) & 127;
	double up = __pow2(q), dn = __pow2(-q - (j != 0));
	*Ph = __math_exp_tab[j][0] * up;
	*Pl = __math_exp_tab[j][1] * up;
	*Mh = __math_exp_tab[jm][0] * dn;
	*Ml = __math_exp_tab[jm][1] * dn;
}

/* Session 8: cosh a for 2^-27 <= a < 40, or 0 (the test failed), with the
 * exp kernel's table (__math_exp_tab: 2^(j/128) = th + tl, th of 41
 * bits, tl within 2^-94, |tl| < 2^-41 th) and reduction: a = k ln2/128 +
 * r, k = 128 q + j the nearest integer to a 128/ln2, r1 = a - k EXP_L1
 * exact, rh = r1 rounded to a multiple of 2^-20 (|rh| <= 2^-8.5: 12 bits
 * at most), rl = (r1 - rh) - k EXP_L2 within 2^-72.9 (|rl| < 2^-20; ln2/128
 * - EXP_L1 - EXP_L2 below 2^-100).  P = 2^(k/128) = Ph + Pl, Ph = 2^q th_j,
 * M = 2^(-k/128) = Mh + Ml, Mh = 2^(-q-1) th_(128-j) (2^-q th_0 for j =
 * 0), and with C = cosh r - 1, S = sinh r - r,
 *   2 cosh a = (P + M)(1 + C) + (P - M)(r + S)
 *            = [Ph + Mh + Ph rh - Mh rh] + Pl + Ml + (Pl - Ml) rh
 *              + (P + M) C + (P - M)(rl + S),
 * the bracket exactly as T + rest0 by three fast two-sums (Ph >= Mh, and
 * Ph rh, Mh rh, exact (41 + 12 bits), are below 2^-8.5 of the partial
 * sums); P + M and P - M in the last two terms as (Ph +- Mh) + (Pl +- Ml)
 * rounded (relative 2^-52).  No Dekker product (hyp_fast has one) and no
 * division.  Errors relative to R = 2 cosh a (>= 2; R >= P + M >= P - M):
 * rl 2^-72.9 (slope 2 sinh a <= R); C = z (1/2 + z (1/24 + z/720)) at r' =
 * RN(rh + rl) (within 2^-62 of r: 2^-70.5 through C's slope r), truncated
 * below r^8/8! < 2^-83, rounded within 3 2^-53 C (C < 2^-18): 2^-69.4; S =
 * r z (1/6 + z/120) truncated below r^7/5040 < 2^-71.8, its roundings
 * 2^-79; (P + M) C and (P - M)(rl + S) with the roundings of their
 * factors and products (2^-52 and 2^-53 of terms below 2^-18 R and 2^-20
 * R): 2^-69.4; the table 2^-94; the five additions of rest (partial sums
 * below 2^-17.9 R): 2^-68.7.  In all below 2^-66.9 R; the test
 * (__round_test) uses e = 2^-66 T (T within 2^-17 of R: covers the
 * rounding of rest +- e, 2^-70.9 R, too). */
static inline __attribute__((always_inline)) int cosh_exp(double a, double *res)
{
	double rh, rl;
	uint64_t ki = hx_red(a, &rh, &rl);
	double r = rh + rl, z = r * r;
	double C = z * (0.5 + z * (0x1.5555555555555p-5 + z * 0x1.6c16c16c16c17p-10));
	double S = r * z * (0x1.5555555555555p-3 + z * 0x1.1111111111111p-7);
	double Ph, Pl, Mh, Ml;
	hx_pm(ki, &Ph, &Pl, &Mh, &Ml);
	double S1 = Ph + Mh, s1 = Mh - (S1 - Ph);     /* exact */
	double pr = Ph * rh, mr = Mh * rh;            /* exact */
	double T1 = S1 + pr, t1 = pr - (T1 - S1);     /* exact */
	double T = T1 - mr, t2 = (T1 - T) - mr;       /* exact */
	double Sl = Pl + Ml, Dl = Pl - Ml;
	double rest = ((s1 + t1) + (t2 + (Sl + Dl * rh))) +
		((S1 + Sl) * C + ((Ph - Mh) + Dl) * (rl + S));
	double v;
	if (!__round_test(T, rest, T * 0x1p-66, &v))
		return 0;
	*res = 0.5 * v;
	return 1;
}

/* tanh = (2 sinh)/(2 cosh), both within 2^-64.5 relative (above), the
 * quotient's rounding error found exactly (Dekker): within 2^-100, so
 * within 2^-63.4 |q|; bound 2^-63.  Used below 1/16 (below 1/4
 * before session 8). */
static int tanh_fast(double ax, double *res)
{
	double sv[2], cv[2];
	hyp_fast(ax, 3, sv, cv);
	double nh = sv[0], nl = sv[1], mh = cv[0], ml = cv[1];
	double q1 = nh / mh;
	__dd P = __two_prod(q1, mh);
	double q2 = (((nh - P.hi) - P.lo) + nl - q1 * ml) / mh;
	double hi = q1 + q2, lo = q2 - (hi - q1);
	if (!__round_ok(hi, lo, hi * 0x1p-63))
		return 0;
	*res = hi;
	return 1;
}

/* Session 8: 1/16 <= a <= 20: tanh a = 1 - y, y = 2/F, F = E + 1, E =
 * e^(2a), with cosh_exp's reduction and table on 2a (exact): k = 128 q + j
 * (q >= 0, k >= 23), r = rh + rl (rl within 2^-72.9), E = 2^q (th + tl)(1 + r +
 * p(r)), p = r^2/2 + ... + r^6/720 (truncated below r^7/5040 < 2^-71.8),
 * evaluated at r' = RN(rh + rl) (2^-70.5 through p's slope), its roundings
 * 2^-70.  E/2^q = th + th rh + G, th rh exact (41 + 12 bits), G = tl +
 * (th (rl + p) + tl (r + p)) rounded: G within 2^-67.6 (|G| < 2^-17.3).
 * F as Fh + Fl: 2^q th + 1 and then + 2^q th rh by fast two-sums (exact:
 * 2^q th >= 1 and |th rh| < 2^-8.5 th), Fl = (their errors) + 2^q G
 * rounded (2^-70.3 F), renormalized by a fast two-sum (exact; |Fl| <=
 * ulp(Fh)/2 after it): F within 2^-67.3 F.  y = y1 + y2: inv = 1/Fh, y1 =
 * 2 inv, t = 2 - y1 F with y1 Fh exactly as yh fh + (yh fl + yl fh) + yl
 * fl (26 + 27-bit halves by masking; 2 - yh fh exact by Sterbenz, the
 * middle sum rounded: 2^-76), y2 = t inv (|t| <= 2^-50): y within 2^-67.3
 * + 2^-76 relative.  1 - y1 exactly as hi + lo (fast two-sum, y1 < 0.94),
 * lo - y2 rounded (2^-106; |lo| <= 2^-54).  So tanh a is within 2^-67.28
 * y + 2^-106 of hi + lo - y2 (absolute), and the test uses e = 2^-67 y1 +
 * 2^-105 (it covers the rounding of the rest +- e too).  Relative to tanh
 * a = (E - 1)/F that is 2/(E - 1) times 2^-67, at most 15 (a = 1/16) or
 * 3.08 (a = 1/4).  One division and no Dekker product (the session 7
 * tanh_exp, from 1/4 on: __exp_kernel, a normalization and a Dekker
 * product for y1 Fh, and a relative bound). */
static int tanh_exp(double ax, double *res)
{
	double rh, rl;
	uint64_t ki = hx_red(2.0 * ax, &rh, &rl);
	double r = rh + rl, z = r * r;
	double p = z * ((0.5 + r * 0x1.5555555555555p-3) +
		z * ((0x1.5555555555555p-5 + r * 0x1.1111111111111p-7) + z * 0x1.6c16c16c16c17p-10));
	int j = (int)(ki & 127);
	double sc = __pow2((int)(ki >> 7) & 0xfff);
	double th = __math_exp_tab[j][0], tl = __math_exp_tab[j][1];
	double G = tl + (th * (rl + p) + tl * (r + p));
	double A = th * sc, B = (th * rh) * sc;       /* exact */
	double U = A + 1.0, u = 1.0 - (U - A);        /* exact */
	double Fh0 = U + B, f = B - (Fh0 - U);        /* exact */
	double Fl0 = (u + f) + G * sc;
	double Fh = Fh0 + Fl0, Fl = Fl0 - (Fh - Fh0); /* exact */
	double inv = 1.0 / Fh, y1 = 2.0 * inv;
	double yh = __el_mask(y1, 27), yl = y1 - yh;
	double fh = __el_mask(Fh, 27), fl = Fh - fh;
	double t = (((2.0 - yh * fh) - (yh * fl + yl * fh)) - yl * fl) - y1 * Fl;
	double hi = 1.0 - y1, lo = -y1 - (hi - 1.0);  /* exact */
	return __round_test(hi, lo - t * inv, y1 * 0x1p-67 + 0x1p-105, res);
}

/* 2^-27 <= ax < 40 (ax = |x|, NaN above) in one unsigned comparison of the bits */
#define FAST_RANGE(ax) (__dbits(ax) - 0x3e40000000000000ull < 0x4044000000000000ull - 0x3e40000000000000ull)

/* Session 8: sinh a for 1/8 <= a < 40, or 0, as cosh_exp with the roles
 * of P + M and P - M exchanged:
 *   2 sinh a = (P - M)(1 + C) + (P + M)(r + S)
 *            = [Ph - Mh + Ph rh + Mh rh] + Pl - Ml + (Pl + Ml) rh
 *              + (P - M) C + (P + M)(rl + S),
 * the bracket exact by three fast two-sums (k >= 23, so P >= 1.13 > M and
 * P - M >= 0.22 P, far above |Ph rh| <= 2^-8.5 P).  S here to r^7/5040
 * (truncation below r^9/9! < 2^-95): the terms in P + M count up to
 * coth(1/8) = 8.04 times relative to R = 2 sinh a.  Errors relative to R:
 * rl 2^-72.9 times (P + M)/R: 2^-69.9; C at r' through its slope 2^-70.5,
 * its roundings 2^-69.4; S's roundings 2^-76; the products (P - M) C and
 * (P + M)(rl + S) with their rounded factors (|rl| < 2^-20.99): 2^-70 and
 * 2^-69; the five additions of the rest (below 2^-17 R): 2^-67.7; the
 * table 2^-91.  In all below 2^-65.9 R; the test uses e = 2^-65 T (T
 * within 2^-16 of R; it covers the rounding of rest +- e too).  Fallback
 * 0.171% -> 0.02% on the bench's arguments, no Dekker product. */
static inline __attribute__((always_inline)) int sinh_exp(double a, double *res)
{
	double rh, rl;
	uint64_t ki = hx_red(a, &rh, &rl);
	double r = rh + rl, z = r * r;
	double C = z * (0.5 + z * (0x1.5555555555555p-5 + z * 0x1.6c16c16c16c17p-10));
	double S = r * z * (0x1.5555555555555p-3 + z * (0x1.1111111111111p-7 + z * 0x1.a01a01a01a01ap-13));
	double Ph, Pl, Mh, Ml;
	hx_pm(ki, &Ph, &Pl, &Mh, &Ml);
	double D1 = Ph - Mh, d1 = (Ph - D1) - Mh;     /* exact */
	double pr = Ph * rh, mr = Mh * rh;            /* exact */
	double T1 = D1 + pr, t1 = pr - (T1 - D1);     /* exact */
	double T = T1 + mr, t2 = mr - (T - T1);       /* exact */
	double Sl = Pl + Ml, Dl = Pl - Ml;
	double rest = ((d1 + t1) + (t2 + (Dl + Sl * rh))) +
		((D1 + Dl) * C + ((Ph + Mh) + Sl) * (rl + S));
	double v;
	if (!__round_test(T, rest, T * 0x1p-65, &v))
		return 0;
	*res = 0.5 * v;
	return 1;
}

double sinh(double x)
{
	double ax = __builtin_fabs(x), r;
	/* 1/8 <= |x| < 40 (sinh_exp), else 2^-27 <= |x| < 40 (sinh_fast), each
	 * in one unsigned comparison of the bits */
	if (__dbits(ax) - 0x3fc0000000000000ull < 0x4044000000000000ull - 0x3fc0000000000000ull) {
		if (sinh_exp(ax, &r))
			return __builtin_copysign(r, x);   /* r > 0: no branch on the sign */
	} else if (FAST_RANGE(ax) && sinh_fast(ax, &r))
		return __builtin_copysign(r, x);
	if (!__builtin_isfinite(x))
		return x + x;
	if (ax < 0x1p-27)
		return __math_tiny(x);
	if (ax > 711.0)
		return __math_oflow(x < 0.0);
	if (ax >= 40.0)
		r = half_exp(ax);
	else {
		MATH_SLOW(sinh);
		/* (E + E/(E + 1)) / 2, E = e^|x| - 1 */
		__dd e = __expm1_core(ax);
		__dd s = __dd_add(e, __dd_div(e, __dd_add_d(e, 1.0)));
		r = 0.5 * s.hi;
	}
	return __builtin_copysign(r, x);   /* r > 0: no branch on the sign */
}

double cosh(double x)
{
	double ax = __builtin_fabs(x), r;
	if (FAST_RANGE(ax) && cosh_exp(ax, &r))
		return r;
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return ax;
	if (ax < 0x1p-27) {
		if (x == 0.0)
			return 1.0;
		volatile double t = 0x1p-60;
		return 1.0 + t;   /* inexact, and no underflow for tiny x */
	}
	if (ax > 711.0)
		return __math_oflow(0);
	if (ax >= 40.0)
		return half_exp(ax);
	MATH_SLOW(cosh);
	/* 1 + E^2 / (2 (E + 1)) */
	__dd e = __expm1_core(ax);
	__dd q = __dd_div(__dd_mul(e, e), __dd_add_d((__dd){ 2.0 * e.hi, 2.0 * e.lo }, 2.0));
	return __dd_add_d(q, 1.0).hi;
}

double tanh(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x), r;
	if (ax < 0x1p-27)
		return __math_tiny(x);
	if (__builtin_isinf(x))
		r = 1.0;
	else if (ax > 20.0) {
		volatile double t = 1.0 - 0x1p-60;
		r = t;
	} else if (!(ax >= 0.0625 ? tanh_exp(ax, &r) : tanh_fast(ax, &r))) {
		MATH_SLOW(tanh);
		/* E / (E + 2), E = e^(2|x|) - 1 */
		__dd e = __expm1_core(2.0 * ax);
		r = __dd_div(e, __dd_add_d(e, 2.0)).hi;
	}
	return __builtin_copysign(r, x);   /* r > 0: no branch on the sign */
}

static const __dd LN2 = { LN2D_HI, LN2D_LO };

/* Fast path of asinh, acosh, atanh: log a for a = (hi + lo)(1 + corr)
 * (hi positive normal below 2^60, |lo| <= ulp(hi)/2, or lo = 0 and not
 * with_lo; |corr| <= 2^-51) known within 2^-100 (absolute error of log a).  log(hi + lo) by the fast
 * log kernel (the one log1p uses with its 1 + x as a double-double: lo
 * enters the reduced argument); log(1 + corr) = corr - corr^2/2 is corr
 * within 2^-103, added to the kernel's low part, so that the kernel waits
 * only for hi and lo, not for corr (a division in every caller).  The
 * kernel's bound (LOG_ERR_A_T absolute, or LOG_ERR_T relative next to 1)
 * plus 2^-98 for a's own error (log's slope is 1/a: a relative error of a
 * is an absolute one of log a) and corr's goes to the rounding test; 0
 * when it fails (the results here are at least 2^-27, so 0 is never a
 * result). */
static inline __attribute__((always_inline)) double log_dd_fast(double ah, double al, int with_lo, double corr)
{
	uint64_t u = __dbits(ah);
	double rest;
	if (!LOG_NEAR1(u)) {
		double hi = __log_kernel_a(u, 0, al, with_lo, &rest);
		return __el_round(hi, rest + corr, LOG_ERR_A_T + 0x1p-98);
	}
	double K, hi = __log_kernel(u, 0, al, with_lo, &rest, &K);
	return __el_round(hi, rest + corr, LOG_ERR_T(hi, K) + 0x1p-98);
}

/* a^2 exactly as hi + lo: Dekker's product with its two equal cross
 * products as one (ah al exact, doubled exactly; the partial sum is the
 * same exact value as Dekker's), one multiplication and one addition fewer */
static inline __attribute__((always_inline)) __dd two_sqr(double a)
{
	double ah, al, p = a * a;
	__split(a, &ah, &al);
	return (__dd){ p, ((ah * ah - p) + 2.0 * (ah * al)) + al * al };
}

/* log(x + sqrt(x^2 + c)) (c = -1 when minus, else 1; 1 <= x < 2^28 for c = -1, 2^-27 <= x
 * <= 2^28 for c = 1) by log_dd_fast, or 0: x^2 + c = wh + wl (two_sqr,
 * a two-sum; wl rounded: 2^-104 relative, also next to x = 1 for c = -1, as
 * x^2 is exact and x^2 - 1 exact by Sterbenz); s = sqrt(wh) rounded, and
 * sqrt(w) = s + d, d = rho / (s + sqrt(w)) with rho = w - s^2, computed as
 * (wh - s^2) + wl (s^2 exact by two_sqr, wh minus its high part exact,
 * three roundings of terms below 2^-52 s^2: rho within 2^-103.4 s^2);
 * hi + l = x + s exactly (|l| <= ulp(hi)/2), and a = hi + l + d
 * = hi (1 + corr), corr = (l + d)/hi, computed as (2 s l + rho) / (2 s
 * hi): |l + d| <= 2^-52 hi, and corr is off by the roundings of 2 s l,
 * of the sum, of 2 s hi and of the quotient (2^-53 corr each), 2 s for s
 * + sqrt(w) (2^-54 of d/hi) and rho's error (2^-104.4): below 2^-102.4
 * absolute, which log_dd_fast's 2^-98 covers.  The log kernel waits only
 * for hi, which depends on x, wh and s; corr's division runs beside it. */
static inline __attribute__((always_inline)) double log_sqrt_plus(double x, int minus)
{
	__dd p = two_sqr(x);
	/* c = -1: fast two-sums, exact, as x^2 >= 1 and s <= x; c = 1: x^2 + 1
	 * by two_sum (exact, no comparison for the order), and x + s by a fast
	 * two-sum, as s >= x (wh >= x^2 (1 - u), x^2 exactly when x is a power
	 * of 2, so sqrt(wh) > x - ulp(x)/2 rounds to x or above).  minus is a
	 * constant of each caller: no test at run time (under FENV_ACCESS a
	 * comparison of constant doubles is not folded). */
	__dd w = minus ? __fast_two_sum(p.hi, -1.0) : __two_sum(p.hi, 1.0);
	double wl = w.lo + p.lo;
	double s = __arch_sqrt_insn(w.hi), s2 = 2.0 * s;
	__dd sq = two_sqr(s);
	__dd a = minus ? __fast_two_sum(x, s) : __fast_two_sum(s, x);
	double corr = (s2 * a.lo + (((w.hi - sq.hi) - sq.lo) + wl)) / (s2 * a.hi);
	return log_dd_fast(a.hi, 0.0, 0, corr);
}

/* Session 8: asinh x (minus = 0) for 0.578125 <= x <= 2^24 and acosh x
 * (minus = 1) for 1.15625 <= x <= 2^24 as log a, a = x + sqrt(x^2 +- 1);
 * 1 and the result in *res when it is correctly rounded, else 0.
 *
 * a as hi (1 + corr): s = RN(sqrt(RN(x^2 +- 1))), hi + l = x + s exactly
 * (fast two-sum: s >= x for asinh, as RN(x^2 + 1) >= RN(x^2) and sqrt of
 * RN(x^2) rounds to x; s <= x for acosh), and m = |x - s| exact by
 * Sterbenz: x <= s <= 2x for asinh from x = 1/sqrt(3) = 0.57735 on (at
 * 0.578125, s = 1.15509 < 2x), s <= x <= 2s for acosh from x = 2/sqrt(3)
 * = 1.1547 on (at 1.15625, s = 0.58044 > x/2).  The square root's
 * residual rho = (x^2 +- 1) - s^2 is, as m (hi + l) = |x^2 - s^2|, 1 - m
 * hi - m l for asinh and m hi + m l - 1 for acosh.  m hi by a split of
 * both into 26 + 27 bits (the high halves by masking the bits, hh from
 * the bits of hi the log below reads anyway): mh hh exact and within 2^-24
 * of 1 + rho, |rho| <= 2^-51 x^2 <= 2^-3 (x <= 2^24), so that 1 - mh hh
 * (or mh hh - 1) is exact (Sterbenz); mh hl + ml hh (both exact, each
 * below 2^-24.8) rounded: 2^-77; ml hl and m l (below 2^-53) and the
 * other sums rounded: 2^-52 |rho| + 2^-104.  sqrt(x^2 +- 1) = s + d, d =
 * rho / (s + sqrt(x^2 +- 1)), and a = hi + l + d = hi (1 + corr), corr =
 * (l + d)/hi computed as (2 s l + rho)/(2 s hi) (|corr| <= 2^-51):
 * rho's error over 2 s hi >= 2 (2^-78), its four roundings (2^-53 |corr|
 * each), 2 s for s + sqrt(x^2 +- 1) (2^-53 of d/hi), and log(1 + corr) -
 * corr (corr^2/2): within 2^-77.5 in all.  The division runs beside the
 * log kernel, which waits only for hi.  a >= 1.73, hi < 2^26.
 *
 * log hi: the table of __log_kernel_a (hi = 2^k z, z in [LOG_OFF, 2
 * LOG_OFF), interval i, invc of 20 bits), k >= 1 here; r = z invc - 1 =
 * rh + rl exactly with rh = hh (2^-k invc) - 1 (26 + 20 bits, then
 * Sterbenz) and rl = hl (2^-k invc) (27 + 20 bits; |rl| < 2^-24.9), the
 * scaling by 2^-k done on the bits of invc (so the split of hi serves both
 * the residual above and r); k ln2 + T1 = K exact, hi' + lo = K + rh
 * exactly (fast two-sum: |K| >= 0.34 > |rh|), and log1p(r) - r = -r^2/2 +
 * r^3 q(r), q of degree 4 fitted on the table's range of r, [-2^-8.011,
 * 2^-8] (tools/gen_hyper_poly.py: approximation error 2^-71.03),
 * evaluated in plain double at r = RN(rh + rl).  Errors (absolute; |r| <
 * 2^-8, r^2 < 2^-16, |p| < 2^-17):
 *   r's rounding 2^-62 times the slope |r/(1 + r)| <= 2^-7.99: 2^-70;
 *   r2 = RN(r r): 2^-70, halved: 2^-71; the cubic part r3 q (below
 *   2^-25.5, its roundings a few 2^-53 of it): 2^-76;
 *   p = -r2/2 + r3 q rounded: 2^-71; the approximation: 2^-71.03;
 *   A = lo + (rl + (kd LN2L + T2)) + corr (|A| < 2^-24.8; k <= 26):
 *   three roundings below 2^-78, the table's T1 + T2 2^-95, kd (ln2 -
 *   LN2H - LN2L) below 2^-93, corr's error 2^-77.5;
 *   the rounding test adds p to A - e and to A + e (e = HL_ERR; A +- e
 *   rounded within 2^-78) and each sum is rounded (|.| < 2^-16.9: 2^-70),
 *   then hi' + that: the two results bracket hi' + A + p +- (e - 2^-70 -
 *   2^-77), and monotonic rounding gives the test.
 * In all, with that rounding: below 4.6 2^-70 + 5 2^-77 < 2^-67.75, and
 * e = 2^-67.5. */
#define HL_C3 0x1.5555555555553p-2
#define HL_C4 -0x1.ffffffffb1453p-3
#define HL_C5 0x1.9999999d136cap-3
#define HL_C6 -0x1.555692c63576fp-3
#define HL_C7 0x1.248e596195151p-3
#define HL_ERR 0x1.6ap-68   /* 2^-67.5 */
/* k ln2 as k LOG_LN2H (exact) + k LOG_LN2L rounded (within 2^-93), k = 0..26:
 * two loads in place of the conversion of k and two products */
#define HL_K(k) { (k) * LOG_LN2H, (k) * LOG_LN2L }
static const double hl_kln2[27][2] = {
	HL_K(0), HL_K(1), HL_K(2), HL_K(3), HL_K(4), HL_K(5), HL_K(6), HL_K(7), HL_K(8),
	HL_K(9), HL_K(10), HL_K(11), HL_K(12), HL_K(13), HL_K(14), HL_K(15), HL_K(16),
	HL_K(17), HL_K(18), HL_K(19), HL_K(20), HL_K(21), HL_K(22), HL_K(23), HL_K(24),
	HL_K(25), HL_K(26),
};
/* log a for a = hi (1 + corr) (hi in [1.73, 2^26), u its bits, hh its
 * high 26 bits and hl = hi - hh, |corr| <= 2^-51 within 2^-76.5): 1 and
 * the rounded result in *res when the test passes, else 0 */
static inline __attribute__((always_inline)) int hlog(uint64_t u, double hh, double hl, double corr, double *res)
{
	uint64_t tmp = u - LOG_OFF, ib;
	int i = (int)((tmp >> 45) & 127);
	int64_t k = (int64_t)tmp >> 52;
	__builtin_memcpy(&ib, &__math_log_tab128[i][0], 8);
	double invs = __dfrom(ib - ((uint64_t)k << 52));   /* invc 2^-k */
	double rh = hh * invs - 1.0;                   /* exact */
	double rl = hl * invs;                         /* exact */
	double K = hl_kln2[k][0] + __math_log_tab128[i][1];   /* exact */
	double h = K + rh;
	double lo = rh - (h - K);                      /* exact */
	double r = rh + rl, r2 = r * r;
	double q = (HL_C3 + r * HL_C4) + r2 * ((HL_C5 + r * HL_C6) + r2 * HL_C7);
	double p = -0.5 * r2 + (r2 * r) * q;
	double A = (lo + (rl + (hl_kln2[k][1] + __math_log_tab128[i][2]))) + corr;
	return __round_test(h, A + p, HL_ERR, res);
}

static inline __attribute__((always_inline)) int sqrt_log(double x, int minus, double *res)
{
	double s = __arch_sqrt_insn(minus ? x * x - 1.0 : x * x + 1.0);
	double hi = x + s;
	double l = minus ? s - (hi - x) : x - (hi - s);
	double m = minus ? x - s : s - x;
	uint64_t u = __dbits(hi);
	double hh = __dfrom(u & ~0x7ffffffull), hl = hi - hh;
	double mh = __el_mask(m, 27), ml = m - mh;
	double e0 = minus ? mh * hh - 1.0 : 1.0 - mh * hh;   /* exact */
	double e1 = mh * hl + ml * hh, e2 = ml * hl + m * l;
	double rho = minus ? (e0 + e1) + e2 : (e0 - e1) - e2;
	double s2 = s + s;
	return hlog(u, hh, hl, (s2 * l + rho) / (s2 * hi), res);
}

/* The slow path's a = x + sqrt(x^2 + c) as hi + lo (the same operations
 * as log_sqrt_plus, d = rho / (2 s) added to lo), within 2^-103 relative. */
static __dd sqrt_plus(double x, double c)
{
	__dd p = __two_prod(x, x);
	__dd w = __two_sum(p.hi, c);
	double wl = w.lo + p.lo;
	double s = __arch_sqrt_insn(w.hi);
	__dd sq = __two_prod(s, s);
	double e = (((w.hi - sq.hi) - sq.lo) + wl) / (2.0 * s);
	__dd a = __two_sum(x, s);
	return (__dd){ a.hi, a.lo + e };
}

double asinh(double x)
{
	double ax = __builtin_fabs(x), r;
	uint64_t b = __dbits(ax);
	/* 0.578125 <= |x| <= 2^24 (sqrt_log), then the rest of 2^-27 <= |x|
	 * <= 2^28 (log_sqrt_plus), each in one unsigned comparison of the bits */
	if (b - 0x3fe2800000000000ull <= 0x4170000000000000ull - 0x3fe2800000000000ull) {
		if (!sqrt_log(ax, 0, &r)) {
			MATH_SLOW(asinh);
			r = __log_dd(sqrt_plus(ax, 1.0)).hi;
		}
	} else if (b - 0x3e40000000000000ull <= 0x41b0000000000000ull - 0x3e40000000000000ull) {
		/* log(|x| + sqrt(x^2 + 1)) */
		r = log_sqrt_plus(ax, 0);
		if (r == 0.0) {
			MATH_SLOW(asinh);
			r = __log_dd(sqrt_plus(ax, 1.0)).hi;
		}
	} else if (!__builtin_isfinite(x))
		return x + x;
	else if (ax < 0x1p-27)
		return __math_tiny(x);
	else
		r = __dd_add(__log_core(ax), LN2).hi;
	return __builtin_copysign(r, x);   /* r > 0: no branch on the sign */
}

double acosh(double x)
{
	/* 1.15625 <= x <= 2^24 (sqrt_log), then the rest of 1 < x <= 2^28
	 * (log_sqrt_plus), as unsigned bits (negative x above) */
	if (__dbits(x) - 0x3ff2800000000000ull <= 0x4170000000000000ull - 0x3ff2800000000000ull) {
		double r;
		if (sqrt_log(x, 1, &r))
			return r;
		MATH_SLOW(acosh);
		return __log_dd(sqrt_plus(x, -1.0)).hi;
	}
	if (__dbits(x) - 0x3ff0000000000001ull <= 0x41b0000000000000ull - 0x3ff0000000000001ull) {
		double r = log_sqrt_plus(x, 1);
		if (r != 0.0)
			return r;
		MATH_SLOW(acosh);
		return __log_dd(sqrt_plus(x, -1.0)).hi;
	}
	if (__builtin_isnan(x))
		return x + x;
	if (x < 1.0)
		return __math_invalid(x);
	if (x == 1.0)
		return 0.0;
	if (__builtin_isinf(x))
		return x;
	return __dd_add(__log_core(x), LN2).hi;
}

/* Session 8: atanh for 0.2734375 <= |x| <= 1 - 2^-24 as log(n/d)/2 by
 * hlog: n = 1 + |x| and d = 1 - |x| exactly as hi + lo (fast two-sums, 1
 * > |x|), q1 = n.hi/d.hi rounded (in [1.75, 2^25)), and the residual t =
 * n - q1 d with q1 and d.hi split into 26 + 27 bits by masking (q1's
 * split is hlog's): n.hi - qh dh exact (Sterbenz: qh dh within 2^-24 of
 * n), qh dl + ql dh (each below 2^-25 n, exact) rounded: 2^-77 n, ql dl
 * and q1 d.lo (below 2^-52 n) and the other sums: 2^-104 n.  n/d = q1 (1 +
 * t/(q1 d)) and corr = t (1/n.hi), 1/n.hi computed beside q1's division:
 * t/(q1 d) = t/(n - t), so corr is within 2^-77 (t) + 2^-103 (|t| <=
 * 2^-51.9 n; 1/n.hi, the product, n - t for n) of it, below hlog's 2^-76.5;
 * the halving is exact. */
static inline __attribute__((always_inline)) int atanh_main(double ax, double *res)
{
	__dd n = __fast_two_sum(1.0, ax), d = __fast_two_sum(1.0, -ax);
	double q1 = n.hi / d.hi, inv = 1.0 / n.hi;
	uint64_t u = __dbits(q1);
	double qh = __dfrom(u & ~0x7ffffffull), ql = q1 - qh;
	double dh = __el_mask(d.hi, 27), dl = d.hi - dh;
	double t = (((n.hi - qh * dh) - (qh * dl + ql * dh)) - ql * dl) + (n.lo - q1 * d.lo);
	return hlog(u, qh, ql, t * inv, res);
}

double atanh(double x)
{
	double ax = __builtin_fabs(x), r;
	/* 0.2734375 <= |x| <= 1 - 2^-24 in one unsigned comparison of the bits */
	if (__dbits(ax) - 0x3fd1800000000000ull <= 0x3fefffffe0000000ull - 0x3fd1800000000000ull) {
		if (!atanh_main(ax, &r)) {
			MATH_SLOW(atanh);
			__dd n = __two_sum(1.0, ax), d = __two_sum(1.0, -ax);
			double q1 = n.hi / d.hi;
			__dd p = __two_prod(q1, d.hi);
			double t = (((n.hi - p.hi) - p.lo) + n.lo) - q1 * d.lo;
			r = __log_dd((__dd){ q1, t / d.hi }).hi;
		}
		r *= 0.5;   /* exact */
		return __builtin_copysign(r, x);
	}
	if (__builtin_isnan(x))
		return x + x;
	if (ax > 1.0)
		return __math_invalid(x);
	if (ax == 1.0)
		return __math_divzero(x < 0.0);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	/* log((1 + |x|) / (1 - |x|)) / 2: n = 1 + |x|, d = 1 - |x| exactly as
	 * hi + lo, n / d = q1 (1 + t / (q1 d)) with q1 = n.hi /
	 * d.hi rounded and the residual t = n - q1 d exact but for 2^-105 |n|
	 * (Dekker's product, as __dd_div), |t| <= 2^-52 |n|.  The log kernel
	 * takes q1 alone; corr = t (1/n.hi) for t / (q1 d) (1/n.hi is computed
	 * beside q1's division, not after it): the roundings of 1/n.hi and of
	 * the product, n.hi for n (2^-53) and n - t for q1 d (2^-52) make corr
	 * within 5 2^-53 |corr| <= 2^-102.7 of t / (q1 d), and log(1 + corr)
	 * - corr <= 2^-105: within 2^-102.3 in all, below log_dd_fast's 2^-98. */
	__dd n = __two_sum(1.0, ax), d = __two_sum(1.0, -ax);
	double q1 = n.hi / d.hi, inv = 1.0 / n.hi;
	__dd p = __two_prod(q1, d.hi);
	double t = (((n.hi - p.hi) - p.lo) + n.lo) - q1 * d.lo;
	r = log_dd_fast(q1, 0.0, 0, t * inv);
	if (r == 0.0) {
		MATH_SLOW(atanh);
		r = __log_dd((__dd){ q1, t / d.hi }).hi;
	}
	r *= 0.5;   /* exact: r >= 2^-26 */
	return __builtin_copysign(r, x);   /* r > 0: no branch on the sign */
}

/* log a for a positive normal double a by logf's kernel: z invc - 1
 * rounded (2^-53 absolute, 0 in the interval around 1), the series and
 * the additions below 2^-59, the last addition u |log a|: within 1.02u +
 * u |log a| (u = 2^-53). */
static inline __attribute__((always_inline)) double logf_far(double a)
{
	double kd, small, L = __logf_kernel(a, &kd, &small);
	return (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
}

/* Float versions: log1p of a double t by __log1pf_kernel (relative error
 * below 2^-50.5), t within a few 2^-53 relative of its value; log1p's
 * condition number t / ((1 + t) log1p t) is at most 1, so the result is
 * within 2^-48 (E = 2^5 + 2 in __roundf_ok, docs/math.md "Session 5").
 * Otherwise (and for tiny, huge or invalid arguments, results that are
 * floats) the double function, narrowed, as before.
 * asinh |x| = log1p(t), t = |x| + x^2 / (1 + sqrt(x^2 + 1)): x^2 exact,
 * x^2 + 1 and its square root within 1.5u, 1 + s within 1.75u, the
 * quotient 3.75u, t (at most twice its second term) 4.75u.  From |x| =
 * 1/2 on, where the result is at least 0.4812, log a (logf_far) with a =
 * |x| + sqrt(x^2 + 1) within 2.5u relative: absolute error 3.6u + u |y|,
 * relative below 8.5u = 2^-49.9. */
float asinhf(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	if (ax - 0x39800000u < 0x7f000000u - 0x39800000u) {   /* 2^-12 <= |x| < 2^127 */
		double a = __builtin_fabs(__arch_f2d(x)), x2 = a * a, y;
		if (ax >= 0x3f000000u)   /* |x| >= 1/2 */
			y = logf_far(a + __arch_sqrt_insn(x2 + 1.0));
		else
			y = __log1pf_kernel(a + x2 / (1.0 + __arch_sqrt_insn(x2 + 1.0)));
		if (__roundf_ok(y, 0x22))
			return (float)(x < 0.0f ? -y : y);
		MATH_SLOW(asinhf);
	}
	return __math_narrow(asinh(x));
}

/* acosh x = log1p(t), t = (x - 1) + sqrt(x^2 - 1): x - 1 and x^2 - 1
 * exact below 2^24 (x^2 has 48 bits, a multiple of 2^-46), rounded above;
 * s within 1.5u, t within 2.5u.  From x = 3/2 on (result at least
 * 0.9624), log a (logf_far), a = x + s within 2.5u: relative error below
 * 4.8u. */
float acoshf(float x)
{
	uint32_t b = __fbits(x);
	if (b - 0x3f800001u < 0x7f000000u - 0x3f800001u) {   /* 1 < x < 2^127 */
		double xd = __arch_f2d(x), s = __arch_sqrt_insn(xd * xd - 1.0);
		double y = b >= 0x3fc00000u ? logf_far(xd + s) : __log1pf_kernel((xd - 1.0) + s);
		if (__roundf_ok(y, 0x22))
			return (float)y;
		MATH_SLOW(acoshf);
	}
	return __math_narrow(acosh(x));
}

/* atanh |x| = log1p(t) / 2, t = 2 |x| / (1 - |x|): 2 |x| exact, 1 - |x|
 * exact for |x| >= 2^-29, the quotient within u; the halving exact. */
float atanhf(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	if (ax - 0x39800000u < 0x3f800000u - 0x39800000u) {   /* 2^-12 <= |x| < 1 */
		double a = __builtin_fabs(__arch_f2d(x));
		double y = 0.5 * __log1pf_kernel((a + a) / (1.0 - a));
		if (__roundf_ok(y, 0x22))
			return (float)(x < 0.0f ? -y : y);
		MATH_SLOW(atanhf);
	}
	return __math_narrow(atanh(x));
}
long double sinhl(long double x) { return sinh((double)x); }
long double coshl(long double x) { return cosh((double)x); }
long double tanhl(long double x) { return tanh((double)x); }
long double asinhl(long double x) { return asinh((double)x); }
long double acoshl(long double x) { return acosh((double)x); }
long double atanhl(long double x) { return atanh((double)x); }
