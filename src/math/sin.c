/* sin, cos, tan and sincos: fast paths in double with proven error bounds
 * (sin and cos: a reduction by pi/128 and a table of 256 angles; tan: a
 * reduction by pi/2 and the polynomial table __tan_xpoly), and accurate
 * paths over __rem_pio2 and two kernels on |r| <= pi/4 (Taylor series, the
 * leading terms in double-double). */
#include "../internal/math_impl.h"

/* 1/n! as double-doubles */
static const __dd F3 = { 0x1.5555555555555p-3, 0x1.5555555555555p-57 };
static const __dd F5 = { 0x1.1111111111111p-7, 0x1.1111111111111p-63 };
static const __dd F7 = { 0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73 };
static const __dd F4 = { 0x1.5555555555555p-5, 0x1.5555555555555p-59 };
static const __dd F6 = { 0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65 };
static const __dd F8 = { 0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76 };

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

/* c + z a, all double-doubles */
static __dd horner(__dd a, __dd z, __dd c) { return __dd_add(__dd_mul(a, z), c); }

/* The outer terms of each series by Horner's rule in double-double, the
 * inner ones (below 2^-20 relative) in double: about 2^-70 relative. */
__dd __sin_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = 0x1.71de3a556c734p-19 + w * (-0x1.ae64567f544e4p-26 + w * (0x1.6124613a86d09p-33 + w * (-0x1.ae7f3e733b81fp-41 +
		w * (0x1.952c77030ad4ap-49 + w * (-0x1.2f49b46814157p-57)))));
	__dd p = __dd_add_d(neg(F7), w * q);
	p = horner(p, z, F5);
	p = horner(p, z, neg(F3));
	p = __dd_mul(p, z);
	return __dd_add(r, __dd_mul(p, r));
}

__dd __cos_kernel(__dd r)
{
	__dd z = __dd_mul(r, r);
	double w = z.hi;
	double q = -0x1.27e4fb7789f5cp-22 + w * (0x1.1eed8eff8d898p-29 + w * (-0x1.93974a8c07c9dp-37 + w * (0x1.ae7f3e733b81fp-45 +
		w * (-0x1.6827863b97d97p-53))));
	__dd p = __dd_add_d(F8, w * q);
	p = horner(p, z, neg(F6));
	p = horner(p, z, F4);
	p = __dd_add_d(__dd_mul(p, z), -0.5);
	return __dd_add_d(__dd_mul(p, z), 1.0);
}

/* Fast paths: plain double with a proven error bound and the rounding
 * test of math_impl.h; the double-double kernels above are the fallback.
 *
 * tan's reduction for |x| < 2^19: x = n pi/2 + rh + rl with pi/2 in three parts
 * (n PIO2_1 and n PIO2_2 exact, x - n PIO2_1 exact by Sterbenz, the next
 * subtraction exact by two_sum): error from n PIO2_3's rounding (2^-101),
 * pi/2's truncation (n 2^-122) and rl's rounding (2^-101): below 2^-99. */
static inline __attribute__((always_inline)) int fast_red(double x, double *rh, double *rl)
{
	/* n = x 2/pi rounded to an integer (|n| < 2^19) by adding 1.5 2^52:
	 * no branch on the sign.  In a directed rounding mode n may be one
	 * off, |rh| up to pi/2: then -1 (the fallback runs), as the table and
	 * the bounds assume |rh| <= pi/4 (1 + 2^-50) + 2^-52 < 0.79. */
	double t = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
	int n = (int)__dbits(t);
	double dn = t - 0x1.8p52;
	__dd r = __two_sum(x - dn * PIO2_1, -(dn * PIO2_2));
	*rh = r.hi;
	*rl = r.lo - dn * PIO2_3;
	return __builtin_fabs(r.hi) < 0.79 ? n & 3 : -1;
}

/* Bit operations on doubles kept in the floating-point registers (clang's
 * vector extension: andpd, xorpd on x86_64, their NEON forms on aarch64),
 * where __dbits and __dfrom would move them to integer registers and back. */
typedef double v2d __attribute__((vector_size(16)));
typedef uint64_t v2u __attribute__((vector_size(16)));
static inline __attribute__((always_inline)) v2u vbits(double x) { return (v2u)(v2d){ x, 0.0 }; }
static inline __attribute__((always_inline)) double vdbl(v2u v) { return ((v2d)v)[0]; }
/* x & c (c a bit pattern) */
static inline __attribute__((always_inline)) double fand(double x, uint64_t c) { return vdbl(vbits(x) & (v2u){ c, 0 }); }
static inline __attribute__((always_inline)) double fxor(double x, double y) { return vdbl(vbits(x) ^ vbits(y)); }
/* m (all ones or all zeros as a double) ? b : a */
static inline __attribute__((always_inline)) double fsel(double m, double a, double b)
{
	v2u vm = vbits(m);
	return vdbl((vbits(a) & ~vm) | (vbits(b) & vm));
}

#define SIGN 0x8000000000000000ull

/* sin and cos for 2^-27 <= |x| < 2^19 (src/math/sin_tables.c from
 * tools/gen_sin_tables.py: sin(m pi/128), m = 0..255, as hi of 28 bits +
 * lo, within 2^-82.28 relative; cos(m pi/128) is row m + 64).
 *
 * Reduction (red128): x = k pi/128 + rh + rl, k the integer nearest x
 * 128/pi (|k| < 2^24.35, from the bits of x 128/pi + 1.5 2^52), pi/128 =
 * P1 + P2 + P3 + O(2^-120.15) with P1, P2 of 28 bits: k P1 and k P2 are
 * exact (28 + 25 bits), y = x - k P1 exact (Sterbenz, |k| >= 1; y = x for k
 * = 0), y - k P2 = s + e1 by two-sum, s - k P3 = rh + e2 by fast two-sum
 * (|k P3| <= 2^-41.15; where |s| is smaller e2 is still within 2^-53 |k
 * P3|), rl = e1 + e2 (|rl| <= 2^-53 (|s| + |rh|) <= 2^-57.4).  Error: k P3's
 * rounding 2^-53 |k P3| <= |k| 2^-118.5, the truncation |k| 2^-120.15, e2
 * |k| 2^-118.5, rl's rounding 2^-110.4: below |k| 2^-116 + 2^-110.
 * |rh| <= pi/256 (1 + 2^-50) in round-to-nearest; the caller checks |rh| <
 * RHO = 0x1.93p-7 (0.0123), which in a directed mode (k may be one off)
 * also keeps y exact (|x| >= pi/128 - RHO >= P1/2 when |k| = 1).
 *
 * Kernel (sc_eval): f = sin(a + r), a = m pi/128, S = sin a, C = cos a
 * (m = k for sin, k + 64 for cos, so no branch on the function nor on the
 * quadrant: the table holds every angle).  With r = rh + rl:
 *   f = S + C rh + C (rl + sm + cm rl) + S (cm - rh rl) + O(2^-79 |S|),
 * sm = sin rh - rh, cm = cos rh - 1 (Taylor to rh^9 and rh^8: truncation
 * below 2^-95 |rh| and 2^-85.2), and C rh = Ch th + (Ch + Cl) tl + Cl th
 * with th the 25 leading bits of rh (a mask: tl = rh - th exact, |tl| <
 * 2^-24 |rh|), Ch th exact (28 + 25 bits), Sh + Ch th = A exact by fast
 * two-sum (S = 0, or |Sh| >= sin(pi/128) > |Ch th|).  The rest
 *   rest = ((A.lo + Sl) + Cl th) + (X + Y),
 *   X = Cd v, v = (tl + rl) + (sm + cm rl),  Y = Sd w, w = cm - rh rl,
 * Sd = Sh + Sl and Cd = Ch + Cl rounded to double.  Error of A.hi + rest
 * (u = 2^-53, |rh| <= RHO: |cm| <= 2^-13.69, |sm| <= 2^-15.27 |rh|):
 *  - Y: Sd's rounding (u), w's (cm in 4 roundings, its subtraction: 5u of
 *    w, plus sm rl and rl^2 below 2^-78.8), the product, the addition X +
 *    Y and the final addition: 9u |Y|, and the rounding of rest -+ err in
 *    the test: u |Y| more; 2^-49 |Y| covers them;
 *  - X and the other terms of rest, at their largest (tl, sm and cm rl in
 *    v: 6.1u 2^-15.27 |rh| + u 2^-24 |rh|; Cd's rounding and the product
 *    2u 2^-15.2 |rh|; the additions, A.lo + Sl and Cl th's roundings
 *    2^-80.9 (|S| + |rh|)): below 2^-64 |rh| + 2^-78 |S| + 2^-108;
 *  - the table 2^-82.2 (|S| + |rh|), the reduction |k| 2^-116 + 2^-110.
 *  err = 2^-49 |Y| + 2^-64 |rh| + 2^-77 |Sd| + |k| 2^-116 + 2^-107.
 * The error is relative to |S| + |rh|, so where S = 0 (x near a multiple
 * of pi, for cos of pi/2) it stays relative to the result, about rh.  The
 * test is __round_test (math_impl.h) on A.hi + rest.  The exactness of the
 * two-sums and of y assumes round-to-nearest; in a directed mode the
 * result stays within an ulp. */
extern const double __sin_tab256[256][2];
#define RED_P1 0x1.921fb54p-6
#define RED_P2 0x1.10b4612p-36
#define RED_P3 -0x1.676733ae8fe48p-66
#define RHO 0x1.93p-7

/* x = k pi/128 + rh + rl: returns k, *dk = |k| as a double */
static inline __attribute__((always_inline)) int red128(double x, double *rh, double *rl, double *dk)
{
	double t = x * 0x1.45f306dc9c883p+5 + 0x1.8p52;
	int k = (int)__dbits(t);
	double dn = t - 0x1.8p52;
	double y = x - dn * RED_P1, b = dn * RED_P2, c = dn * RED_P3;
	double s = y - b, bb = s - y;
	double e1 = (y - (s - bb)) - (b + bb);
	double h = s - c;
	*rl = e1 + ((s - h) - c);
	*rh = h;
	*dk = __builtin_fabs(dn);
	return k;
}

struct sc_r {
	double th, rl, sm, cm, tl_rl, rhrl, e0;
};

static inline __attribute__((always_inline)) void sc_prep(double rh, double rl, double dk, struct sc_r *p)
{
	double th = fand(rh, 0xfffffffff0000000ull);
	double z = rh * rh, z2 = z * z;
	p->th = th;
	p->sm = (rh * z) * ((-0x1.5555555555555p-3 + z * 0x1.1111111111111p-7) +
		z2 * (-0x1.a01a01a01a01ap-13 + z * 0x1.71de3a556c734p-19));
	p->cm = z * ((-0.5 + z * 0x1.5555555555555p-5) + z2 * (-0x1.6c16c16c16c17p-10 + z * 0x1.a01a01a01a01ap-16));
	p->tl_rl = (rh - th) + rl;
	p->rhrl = rh * rl;
	p->rl = rl;
	p->e0 = __builtin_fabs(rh) * 0x1p-64 + dk * 0x1p-116 + 0x1p-107;
}

/* sin(m pi/128 + r): 1 and *res when certainly correctly rounded */
static inline __attribute__((always_inline)) int sc_eval(const struct sc_r *p, int m, double *res)
{
	const double *S = __sin_tab256[m & 255], *C = __sin_tab256[(m + 64) & 255];
	double pr = C[0] * p->th;   /* exact */
	double ah = S[0] + pr, al = pr - (ah - S[0]);
	double Sd = S[0] + S[1], Cd = C[0] + C[1];
	double X = Cd * (p->tl_rl + (p->sm + p->cm * p->rl));
	double Y = Sd * (p->cm - p->rhrl);
	double rest = ((al + S[1]) + C[1] * p->th) + (X + Y);
	double err = __builtin_fabs(Y) * 0x1p-49 + __builtin_fabs(Sd) * 0x1p-77 + p->e0;
	return __round_test(ah, rest, err, res);
}

/* f = sin (0) or cos (1) of x, 2^-27 <= |x| < 2^19 */
static inline __attribute__((always_inline)) int sincos_fast(double x, int f, double *res)
{
	double rh, rl, dk;
	int k = red128(x, &rh, &rl, &dk);
	if (!(__builtin_fabs(rh) < RHO))
		return 0;
	struct sc_r p;
	sc_prep(rh, rl, dk, &p);
	return sc_eval(&p, k + 64 * f, res);
}

/* The accurate paths, out of line (the fast ones then need no
 * callee-saved registers): sin (f = 0) or cos (f = 1) of x, finite. */
static __attribute__((noinline)) double sincos_slow(double x, int f)
{
	__dd r;
	int n = (__rem_pio2(x, &r) + f) & 3;
	double y = n & 1 ? __cos_kernel(r).hi : __sin_kernel(r).hi;
	return n & 2 ? -y : y;
}

/* 2^-27 <= |x| < 2^19 (the fast paths' range): one integer comparison */
static inline int fast_range(double x)
{
	return (__dbits(x) & 0x7fffffffffffffffull) - 0x3e40000000000000ull < 0x4120000000000000ull - 0x3e40000000000000ull;
}

/* |x| >= 2^19: x = n pi/2 + r by __rem_pio2 (r = r.hi + r.lo, |r| <= pi/4,
 * within 2^-103 |r| + 2^-136: its 192 bits of 2/pi, the 128 bits kept of
 * the fraction and the double-double product by pi/2), then r = k pi/128
 * + rh + rl as in red128 (|k| <= 32) with r.lo - k P3 added to s by fast
 * two-sum (that difference's rounding and, where |s| is smaller, the
 * two-sum's error: below 2^-106 each), and the kernel at m = 64 n + k (+ 64
 * for cos).  The reduction's error, 2^-100 |r.hi| + 2^-105 with margin, is
 * added to the kernel's bound. */
static __attribute__((noinline)) int sincos_huge(double x, int f, double *res)
{
	__dd r;
	int n = __rem_pio2(x, &r);
	double t = r.hi * 0x1.45f306dc9c883p+5 + 0x1.8p52;
	int k = (int)__dbits(t);
	double dn = t - 0x1.8p52;
	double y = r.hi - dn * RED_P1, b = dn * RED_P2;
	double s = y - b, bb = s - y;
	double e1 = (y - (s - bb)) - (b + bb);
	double d = r.lo - dn * RED_P3;
	double h = s + d;
	double rl = e1 + (d - (h - s));
	if (!(__builtin_fabs(h) < RHO))
		return 0;
	struct sc_r p;
	sc_prep(h, rl, __builtin_fabs(dn), &p);
	p.e0 += __builtin_fabs(r.hi) * 0x1p-100 + 0x1p-105;
	return sc_eval(&p, 64 * n + k + 64 * f, res);
}

static __attribute__((noinline)) double sin_cold(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return __math_tiny(x);
	double y;
	if (__builtin_fabs(x) >= 0x1p19 && sincos_huge(x, 0, &y))
		return y;
	MATH_SLOW(sin);
	return sincos_slow(x, 0);
}

static __attribute__((noinline)) double cos_cold(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27) {
		if (x != 0.0)
			__math_inexact();
		return 1.0;
	}
	double y;
	if (__builtin_fabs(x) >= 0x1p19 && sincos_huge(x, 1, &y))
		return y;
	MATH_SLOW(cos);
	return sincos_slow(x, 1);
}

double sin(double x)
{
	double y;
	if (fast_range(x) && sincos_fast(x, 0, &y))
		return y;
	return sin_cold(x);
}

double cos(double x)
{
	double y;
	if (fast_range(x) && sincos_fast(x, 1, &y))
		return y;
	return cos_cold(x);
}

void sincos(double x, double *s, double *c)
{
	/* one reduction for both when the fast path can take them */
	if (fast_range(x)) {
		double rh, rl, dk, ys, yc;
		int k = red128(x, &rh, &rl, &dk);
		if (__builtin_fabs(rh) < RHO) {
			struct sc_r p;
			sc_prep(rh, rl, dk, &p);
			if (sc_eval(&p, k, &ys) & sc_eval(&p, k + 64, &yc)) {
				*s = ys;
				*c = yc;
				return;
			}
		}
		MATH_SLOW(sincos);
	}
	*s = sin(x);
	*c = cos(x);
}

/* tan's fast path: a table of its own (tools/gen_asin_tables.py, in
 * src/math/asin_tables.c): tan r for 0 <= r < 0.79 about r_j = j/128 (j =
 * 0..101, the nearest to r), c0 + c1 d + d^2 Q(d), d = r - r_j, Q of
 * degree 6, c0 a double-double, c1 = c1h (27 bits) + c1l; for j = 0, c0 =
 * 0, c1 = 1 and Q fits (tan d - d)/d^2.  Approximation error, the
 * coefficients as rounded: below 2^-68.5 relative (401 points per
 * interval).  tan(rh + rl) as hi + *lo, *err bounding the error:
 *  - j = rh 128 rounded to nearest in every rounding mode (rh 128 + 1/2
 *    is exact, the conversion truncates; rh < 0.79, so j <= 101); d exact
 *    (Sterbenz, or d = rh for j = 0), |d| <= 2^-8; d = dh + dl (dh of
 *    26 bits): c1h dh exact, c0h + it exact (fast two-sum: c0h >= tan(1/128)
 *    > |c1 d| for j >= 1, c0h = 0 for j = 0); c1h dl + c1l d (below 2^-25
 *    |c1 d| <= 2^-24 of the result) rounded: 2^-77;
 *  - d^2 Q: c2 = tan (1 + tan^2), c2/tan <= 2.02, so |d^2 Q| <= 2^-15 of
 *    the result (Q's terms beyond c2 below 2^-7.6 of it), within 2^-50.8
 *    of itself: 2^-65.8; three additions of the small terms: 2^-66.4; the
 *    approximation 2^-68.5: in all below 2^-64.95 relative, the code uses
 *    2^-64.47;
 *  - rl (|rl| < 2^-47, the reduction's low part) moves tan by tan'(rh) rl;
 *    the code adds rl (c1 + 2 c2 d + 3 c3 d^2): the next terms 4 c4 d^3 and
 *    tan'' rl / 2 and the roundings of that term and of the additions it
 *    goes through stay below 2^-19 |rl|, which the code adds per call;
 *  - the reduction's error, 2^-99 of r, times tan' <= 2.02: 2^-97.
 * The result is T = sh + rest (sh = c0h + c1h dh, exact with the fast
 * two-sum's lo in rest; rest not normalised, below 2^-14.9 |sh|), and the
 * bound err covers |tan - T| (2^-64.47 |sh| above, raised to 2^-64 |sh|
 * for __round_test's rounding of rest -+ err, 2^-53 (|rest| + err) <
 * 2^-67.9 |sh|).
 * Odd quadrants: -1/T, without a Dekker product: y = sh with its 27 low
 * bits cleared (26 bits, |sh - y| < 2^-25 |sh|), rd = 1/y rounded and
 * cleared likewise (within 2^-24.9 of 1/y), so rd y is exact (52 bits)
 * and e = 1 - rd y exact (Sterbenz); the division needs only sh, not the
 * polynomial, so it runs beside it.  E = (e - rd (sh - y)) - rd rest is
 * 1 - rd T up to the roundings (sh - y exact; two products and two
 * subtractions: u (3 |E| + 2^-22) with |rd (sh - y)| < 2^-24.9 and |rd
 * rest| <= |E| + 2^-23.9, below 2^-50 (|E| + 2^-24); rest enters last, so
 * its chain is one product and one subtraction), |E| <= 2^-15 + 2^-24.9
 * (2^-14.99 measured on 20 million arguments), and 1/T = rd/(1 - E) = rd
 * (1 + F), F = E + E^2 (1 + E + E^2) within E^5/(1 - E) < 2^-74 of the
 * series; cor = rd E + (rd E E) (1 + E + E^2) (the same F, multiplied by
 * rd first so that the products run side by side): roundings below
 * 2^-52 |rd E| + 2^-80 rd, and 2^-53 |cor| for the last addition.  So
 * |1/T - rd - cor| <= rd (2^-50 |E| + 2^-72 + 2^-73), and T's error moves
 * 1/T by err/T^2 <= rd^2 err (1 + 2^-20) (rd within 2^-24.9 of 1/y, y
 * within 2^-25 of T's leading part).  The code uses
 *   cerr = rd (rd err (1 + 2^-20) + 2^-50 |E| + 2^-66),
 * which also covers __round_test's rounding of cor -+ cerr (2^-53 |cor| <=
 * 2^-67.9 rd).  Both are computed and one (h, r, e) selected by masks in
 * the floating-point registers (the quadrant is random for random
 * arguments); the test is __round_test. */
extern const double __tan_xpoly[102][11];

/* x with the 27 low bits of its significand cleared (26 bits left) */
static inline __attribute__((always_inline)) double hi26(double x)
{
	return fand(x, 0xfffffffff8000000ull);
}

/* tan(rh + rl) = h + r, r not normalised (|r| < 2^-14 |h|), within *err */
static inline __attribute__((always_inline)) double tan_x(double r, double rl, double *rest, double *err)
{
	/* j = r 128 rounded to nearest (__HALF_DOWN, math_impl.h: d exact) */
	int j = (int)(r * 128.0 + __HALF_DOWN);
	const double *c = __tan_xpoly[j];
	/* j as a double by converting it back.  Tried: tj rounded with 2^52
	 * less 1 where that went up (floor(tj) in every mode) compiles to a
	 * branch, random for random arguments: 17.4 ns against 18.3 in the
	 * bench, whose 4096 arguments repeat so that the predictor learns
	 * them, but 22 against 18.2 ns on 204800 arguments that do not
	 * repeat; the same as a mask, 18.8 ns both ways. */
	double jd = (double)j;
	double d = r - jd * 0x1p-7;
	/* dh: d's 26 leading bits by a mask (|dl| < 2^-25 |d|, the bound
	 * above; Veltkamp's split took three dependent operations) */
	double dh = hi26(d), dl = d - dh;
	double d2 = d * d, d4 = d2 * d2;
	double q = ((c[4] + d * c[5]) + d2 * (c[6] + d * c[7])) + d4 * ((c[8] + d * c[9]) + d2 * c[10]);
	__dd s = __fast_two_sum(c[0], c[2] * dh);
	*rest = s.lo + (c[1] + (((c[2] * dl + c[3] * d) + d2 * q) + rl * ((c[2] + 2.0 * c[4] * d) + 3.0 * c[5] * d2)));
	*err = s.hi * 0x1p-64 + __builtin_fabs(rl) * 0x1p-19 + 0x1p-97;
	return s.hi;
}

static inline __attribute__((always_inline)) int tan_fast(double x, double *res)
{
	double rh, rl, rest, err;
	int q = fast_red(x, &rh, &rl);
	if (q < 0)
		return 0;
	double rs = fand(rh, SIGN);   /* tan is odd: r's sign taken off */
	rh = __builtin_fabs(rh);
	rl = fxor(rl, rs);
	if (rh < 0x1p-25)
		return 0;
	double sh = tan_x(rh, rl, &rest, &err);
	/* odd quadrants: 1/T, T = sh + rest, by a division of 1 by y, the 26
	 * leading bits of sh, started before the polynomial is done */
	double y = hi26(sh);
	double rd = hi26(1.0 / y);
	double e = 1.0 - rd * y;   /* exact */
	double E = (e - rd * (sh - y)) - rd * rest;   /* 1 - rd T */
	/* cor = rd F, F = E + E^2 (1 + E + E^2) = 1/(1 - E) - 1 */
	double E2 = E * E, rdE = rd * E;
	double cor = rdE + (rdE * E) * ((1.0 + E) + E2);
	double cerr = rd * (rd * err * (1.0 + 0x1p-20) + __builtin_fabs(E) * 0x1p-50 + 0x1p-66);
	/* odd quadrant (m all ones): -1/tan r */
	double m = __dfrom((uint64_t)0 - (uint64_t)(q & 1));
	double h = fsel(m, sh, rd), r = fsel(m, rest, cor), eb = fsel(m, err, cerr);
	double a = h + (r - eb), b = h + (r + eb);
	if (a != b)
		return 0;
	/* tan is odd; -1/tan r in odd quadrants */
	*res = fxor(a, fxor(rs, fand(m, SIGN)));
	return 1;
}

static __attribute__((noinline)) double tan_slow(double x)
{
	__dd r;
	int n = __rem_pio2(x, &r);
	__dd s = __sin_kernel(r), c = __cos_kernel(r);
	if (n & 1) {
		c.hi = -c.hi;
		c.lo = -c.lo;
		return __dd_div(c, s).hi;
	}
	return __dd_div(s, c).hi;
}

static __attribute__((noinline)) double tan_cold(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_invalid(x);
	if (__builtin_fabs(x) < 0x1p-27)
		return __math_tiny(x);
	MATH_SLOW(tan);
	return tan_slow(x);
}

double tan(double x)
{
	double y;
	if (fast_range(x) && tan_fast(x, &y))
		return y;
	return tan_cold(x);
}

long double sinl(long double x) { return sin((double)x); }
long double cosl(long double x) { return cos((double)x); }
long double tanl(long double x) { return tan((double)x); }
void sincosl(long double x, long double *s, long double *c)
{
	double a, b;
	sincos((double)x, &a, &b);
	*s = a;
	*c = b;
}
