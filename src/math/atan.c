/* atan, atan2, asin, acos over one double-double kernel: atan(t) =
 * atan(j/8) + atan(u), u = (t - j/8)/(1 + t j/8), |u| <= 1/16, after
 * t -> 1/t for t > 1.  asin and acos become atan of x/sqrt(1-x^2) and its
 * inverse, with 1 - x^2 formed exactly. */
#include <errno.h>
#include "../internal/math_impl.h"

static const __dd PI_2 = { PI_2_HI, PI_2_LO }, PI = { PI_HI, PI_LO };

static __dd neg(__dd a) { return (__dd){ -a.hi, -a.lo }; }

__dd __atan_core(__dd t)
{
	int inv = t.hi > 1.0;
	if (inv)
		t = __dd_div((__dd){ 1.0, 0.0 }, t);
	int j = (int)(t.hi * 8.0 + 0.5);
	__dd u = t;
	if (j) {
		double c = j * 0.125;
		__dd num = __dd_add_d(t, -c);
		__dd den = __two_prod(t.hi, c);
		den.lo += t.lo * c;
		den = __dd_add_d(den, 1.0);
		u = __dd_div(num, den);
	}
	/* atan u = u - u^3/3 + u^5 P(u^2): u^3/3 in double-double (u^3 within
	 * 2^-104, 1/3 as two doubles), the rest in double (at most 2^-22.3 |u|,
	 * within 2^-50 of itself: 2^-72 |u|), and u.lo's effect through
	 * atan' = 1 - u^2 + u^4 (the rest below 2^-24 |u.lo|): the core is within
	 * about 2^-71 relative, below the fast paths' bounds, so that the
	 * arguments they leave to it are rounded correctly but for those
	 * closer than that to a rounding boundary.  (The series tail was all
	 * in double, and u.lo's effect left out: 2^-61 of the result.) */
	double h = u.hi, z = h * h;
	__dd z2 = __two_prod(h, h), c3 = __two_prod(h, z2.hi);
	c3.lo += h * z2.lo;
	__dd t3 = __two_prod(c3.hi, -0x1.5555555555555p-2);
	t3.lo += c3.hi * -0x1.5555555555555p-56 + c3.lo * -0x1.5555555555555p-2;
	double tail = h * z * z * (0x1.999999999999ap-3 + z * (-0x1.2492492492492p-3 + z * (0x1.c71c71c71c71cp-4 +
		z * (-0x1.745d1745d1746p-4 + z * (0x1.3b13b13b13b14p-4 + z * (-0x1.1111111111111p-4 + z * (0x1.e1e1e1e1e1e1ep-5)))))));
	__dd a = __dd_add(u, t3);
	a = __dd_add_d(a, tail + u.lo * (z * z - z));
	if (j)
		a = __dd_add((__dd){ __math_atan_tab[j][0], __math_atan_tab[j][1] }, a);
	if (inv)
		a = __dd_add(PI_2, neg(a));
	return a;
}

/* atan's own fast path (tools/gen_asin_tables.py): atan y for 0 <= y <= 1
 * about y_j = j/128 (j = 0..128, the nearest to y): c0 + c1 d + d^2 Q(d),
 * d = y - y_j, Q of degree 5, c0 a double-double, c1 = c1h (27 bits) +
 * c1l; for j = 0, c0 = 0, c1 = 1 and Q fits (atan d - d)/d^2.  The
 * approximation's error, its coefficients as rounded, is below 2^-68.9
 * relative (401 points per interval).  y + yl (|yl| <= 2^-52 y, or 0) as
 * h + *rest (not normalised: for __round_test), within 2^-66 of atan(y +
 * yl) relative:
 *  - j = y 128 rounded to nearest as in asin_tab below (y 128 + 1/2 exact,
 *    truncated: j <= 128 also for atan2's y = 1 + 2^-52 in a directed
 *    mode); d exact (Sterbenz; d = y for j = 0), |d| <= 2^-8;
 *  - d = dh + dl (dh of 26 bits): c1h dh exact, c0h + it exact (fast
 *    two-sum, c0h >= atan(1/128) > |c1 d| for j >= 1, c0h = 0 for j = 0),
 *    c1h dl + c1l d (below 2^-25 |c1 d| <= 2^-25 of the result) rounded:
 *    2^-77;
 *  - d^2 Q: |c2| = y/(1 + y^2)^2 <= 0.33 and c2/atan(y) <= 1, so |d^2 Q|
 *    <= 2^-16 of the result (Q's terms beyond c2 below 2^-6.5 of it),
 *    within 2^-50.5 of itself: 2^-66.5; three additions of small terms:
 *    2^-67.4;
 *  - yl moves atan by yl/(1 + y^2); the code adds yl (c1 + 2 c2 d), which
 *    leaves 3 c3 d^2 |yl| + rounding, below 2^-70 of the result;
 *  - the approximation 2^-68.9;
 * in all below 2^-65.7. */
/* Bit operations on a double in the floating-point registers (andpd, orpd
 * on x86_64): __dfrom(__dbits(x) & m) goes through the integer registers,
 * two moves of about 3 cycles each on the dependent chain. */
typedef double __v2d __attribute__((vector_size(16)));
typedef uint64_t __v2u __attribute__((vector_size(16)));

static inline __attribute__((always_inline)) double fand(double x, uint64_t m)
{
	__v2u r = (__v2u)(__v2d){ x, 0.0 } & (__v2u){ m, 0 };
	return ((__v2d)r)[0];
}

static inline __attribute__((always_inline)) double for_(double x, uint64_t m)
{
	__v2u r = (__v2u)(__v2d){ x, 0.0 } | (__v2u){ m, 0 };
	return ((__v2d)r)[0];
}

/* a where the mask m is all ones, b where it is 0 */
static inline __attribute__((always_inline)) double fsel(__v2u m, double a, double b)
{
	__v2u r = ((__v2u)(__v2d){ a, 0.0 } & m) | ((__v2u)(__v2d){ b, 0.0 } & ~m);
	return ((__v2d)r)[0];
}

extern const double __atan_xpoly[129][10];

static inline __attribute__((always_inline)) double atan_x(double y, double yl, double *rest)
{
	/* j = the nearest integer to y 128 up to 2^-52, from the bits of s = y
	 * + (1 + 2^-8 - 2^-52) read with the exponent (s in [1, 2 + 2^-7]; j
	 * = 128 for s >= 2), as in asin_tab below (session 8; was y 128 +
	 * __HALF_DOWN converted to an integer and back): d = y - j/128 in
	 * (-2^-8, 2^-8 + 2^-52], exact (Sterbenz), j/128 = s with its bits below
	 * 2^-7 cleared, minus 1 (exact); the generator checks each row up to
	 * that edge.  dh = d with its 27 low bits cleared (26 bits, as
	 * Veltkamp's split gave). */
	double sy = y + 0x1.00fffffffffffp0;
	const double *c = __atan_xpoly[(__dbits(sy) >> 45) - (0x3ffull << 7)];
	double d = y - (fand(sy, ~((1ull << 45) - 1)) - 1.0);
	double dh = fand(d, ~((1ull << 27) - 1)), dl = d - dh;
	double d2 = d * d, d4 = d2 * d2;
	double q = ((c[4] + d * c[5]) + d2 * (c[6] + d * c[7])) + d4 * (c[8] + d * c[9]);
	__dd s = __fast_two_sum(c[0], c[2] * dh);
	*rest = s.lo + (c[1] + (((c[2] * dl + c[3] * d) + d2 * q) + yl * (c[2] + 2.0 * c[4] * d)));
	return s.hi;
}

/* atan x for 2^-27 <= x <= 2^60 as h + *rest, within 2^-65.7 relative:
 * x <= 1 by atan_x; above, pi/2 - atan(1/x), 1/x = yh + yl with yh
 * rounded and yl = (1 - yh x) yh (yh x exact by Dekker, 1 minus its high
 * part exact by Sterbenz; yl within 2^-51 of itself, 2^-104 absolute).
 * atan(1/x) <= pi/4 <= the result, so its absolute error 2^-65.7 pi/4 is
 * at most 2^-65.7 of the result; pi/2 (2^-106), the fast two-sum (exact)
 * and the addition of the small terms (below 2^-53 2^-14 of the result)
 * add 2^-66.9.  The rounding test (__round_test) uses e = 1.25 2^-65 h,
 * which also covers the rounding of rest -+ e. */
static inline __attribute__((always_inline)) double atan_pos(double x, double *rest)
{
	if (x <= 1.0)
		return atan_x(x, 0.0, rest);
	double yh = 1.0 / x;
	__dd P = __two_prod(yh, x);
	double yl = ((1.0 - P.hi) - P.lo) * yh, r;
	double h = atan_x(yh, yl, &r);
	__dd B = __fast_two_sum(PI_2_HI, -h);   /* pi/2 > pi/4 >= h */
	*rest = (PI_2_LO - r) + B.lo;
	return B.hi;
}

/* __round_test with the comparison on the bits: no parity test (a and b
 * are finite here) */
static inline __attribute__((always_inline)) int round_test_bits(double h, double r, double e, double *res)
{
	double a = h + (r - e), b = h + (r + e);
	*res = a;
	return __dbits(a) == __dbits(b);
}

/* NaN, tiny, huge, and the rounding test's failures */
static __attribute__((noinline)) double atan_rare(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	double r;
	if (ax > 0x1p60)
		r = PI_2_HI;
	else {
		MATH_SLOW(atan);
		r = __atan_core((__dd){ ax, 0.0 }).hi;
	}
	return x < 0.0 ? -r : r;
}

double atan(double x)
{
	uint64_t ux = __dbits(x), sign = ux & (1ull << 63), ua = ux ^ sign;
	if (ua - 0x3e40000000000000ull > 0x43b0000000000000ull - 0x3e40000000000000ull)
		return atan_rare(x);
	/* 2^-27 <= |x| <= 2^60 */
	double rest, r, h = atan_pos(__dfrom(ua), &rest);
	if (round_test_bits(h, rest, h * 0x1.4p-65, &r))
		return __dfrom(__dbits(r) ^ sign);
	return atan_rare(x);
}

/* ilogb of a finite nonzero a, read from the bits when a is normal */
static int expo(double a)
{
	int e = (int)(__dbits(a) >> 52) & 0x7ff;
	return e ? e - 1023 : ilogb(a);
}

double atan2(double y, double x)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	int sy = __builtin_signbit(y) != 0, sx = __builtin_signbit(x) != 0;
	double r;
	if (y == 0.0)
		r = sx ? PI_HI : 0.0;
	else if (x == 0.0)
		r = PI_2_HI;
	else if (__builtin_isinf(y))
		r = __builtin_isinf(x) ? (sx ? 3.0 * PI_4_HI : PI_4_HI) : PI_2_HI;
	else if (__builtin_isinf(x))
		r = sx ? PI_HI : 0.0;
	else {
		double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
		int ex = expo(ax), ey = expo(ay);
		if (ey - ex > 60)
			r = PI_2_HI;
		else if (ex - ey > 60) {
			if (sx)
				r = PI_HI;
			else {
				volatile double q = ay / ax;
				r = q;
				if (r == 0.0)
					errno = ERANGE;
				else
					__math_tiny(r);
			}
		} else {
			/* scale both so that x is near 1 */
			double s1 = __pow2(ex > 0 ? -(ex / 2) : -(ex / 2)), s2 = __pow2(-(ex - ex / 2));
			ax = ax * s1 * s2;
			ay = ay * s1 * s2;
			/* t = min/max of the two (at most 1) as th + tl: th = n (1/d),
			 * n - th d exact (Dekker, then Sterbenz: th is within 2 ulps of
			 * the quotient), tl = that (1/d), within 2^-51 of itself and
			 * |tl| <= 2^-52 th; atan_x takes tl as its yl (2^-65.7
			 * relative).  Then pi/2 - that when |y| > |x| (absolute error
			 * at most 2^-65.7 of the result, as in atan_pos) and pi minus
			 * the result for x < 0 (at least pi/2, the subtracted part at
			 * most pi/2: no growth; pi 2^-106, the additions 2^-66.9, as in
			 * atan_pos): the rounding test uses 1.25 2^-65. */
			int sw = ay > ax;
			double n = sw ? ax : ay, d = sw ? ay : ax, rd = 1.0 / d;
			double th = n * rd, lo;
			__dd P = __two_prod(th, d);
			double tl = ((n - P.hi) - P.lo) * rd;
			/* the result is K + sigma P, P = atan t = f + lo: K = 0, pi/2,
			 * pi, pi/2 and sigma = +1, -1, -1, +1 for (x < 0, |y| > |x|) =
			 * (0, 0), (0, 1), (1, 0), (1, 1), read from a table (both are
			 * random for random arguments) */
			static const double K[4][2] = { { 0.0, 0.0 }, { PI_2_HI, PI_2_LO }, { PI_HI, PI_LO }, { PI_2_HI, PI_2_LO } };
			int k = sx * 2 + sw;
			uint64_t flip = (uint64_t)((0x6 >> k) & 1) << 63;
			double f = atan_x(th, tl, &lo);
			f = __dfrom(__dbits(f) ^ flip);
			lo = __dfrom(__dbits(lo) ^ flip);
			__dd B = __fast_two_sum(K[k][0], f);   /* |K| > pi/4 >= |P|, or K = 0 */
			double r2 = (K[k][1] + lo) + B.lo;
			if (round_test_bits(B.hi, r2, B.hi * 0x1.4p-65, &f))
				return __dfrom(__dbits(f) ^ ((uint64_t)sy << 63));   /* sy is random too */
			MATH_SLOW(atan2);
			__dd t = __dd_div((__dd){ ay, 0.0 }, (__dd){ ax, 0.0 });
			__dd a = __atan_core(t);
			if (sx)
				a = __dd_add(PI, neg(a));
			r = a.hi;
		}
	}
	return sy ? -r : r;
}

/* asin and acos fast path (tools/gen_asin_tables.py), two tables.
 *
 * 2^-57 <= |x| < 1 - 2^-11 (`asin_tab`): one table __asin_tab of 385 rows,
 * a polynomial of asin about x_j: rows 0..96 about x_j = j/128 (|x| <=
 * 3/4, j the nearest to |x| up to 2^-52, |d| < 2^-8 + 2^-52), rows 97..384
 * about x_j = 1 - w_m for 3/4 < |x| < 1 - 2^-11, where w = 1 - |x| (exact:
 * Sterbenz) lies in [2^-11, 1/4) and w_m is the middle of w's interval, 32
 * per binade of w (its exponent and 5 leading bits index the row; |d| <=
 * w/64; down to 2^-8 until session 8).  So the interval shrinks with the
 * distance to the singularity at 1 and one degree serves all rows.
 * asin(x_j + d) ~ c0 + c1 d + d^2 Q(d), d = |x| - x_j (exact: Sterbenz;
 * for the upper rows d = w_m - w, the same number), Q of degree 7; c0 a
 * double-double, c1 = c1h + c1l with c1h of 27 bits; for j = 0, c0 = 0, c1
 * = 1 and Q fits (asin d - d)/d^2.  Each row also holds c0' = asin(x_j) -
 * pi/2 = -acos(x_j) and c0'' = asin(x_j) + pi/2 = acos(-x_j) as
 * double-doubles: with c0' the polynomial is -acos |x|, with no
 * cancellation next to 1, with c0'' acos -|x|.  Both row indices and both
 * d (for the rows in x and in w) are computed and one of each selected,
 * with no branch (see asin_tab).  The approximation's error, its
 * coefficients as rounded, is below 2^-69.7 relative to asin and 2^-68.6 relative to acos (the generator checks 201
 * points per interval).  P = s.hi + *rest, relative to the result f (asin
 * |x| or acos |x|):
 *  - d = dh + dl (dh = d with its 27 low significand bits cleared: 26
 *    bits, |dl| < 2^-25 |d|), so c1h dh is exact (27 + 26 bits) and c0h
 *    + c1h dh exact by a fast two-sum (|c0h| > |c1 d|, the generator's
 *    figures: |c1 d| <= f); c1h dl + c1l d (below 2^-25 |c1 d|) rounded:
 *    2^-77;
 *  - d^2 Q, at most 2^-15.0 of f (the generator's figure), within 2^-50.5
 *    of itself (as d^2 (c2 + c3 d) + d^4 (c4 + c5 d) + d^6 (...) + d^8
 *    (...), the first term within 3 roundings, the others below 2^-6.9 of
 *    it, two additions): 2^-65.5;
 *  - three additions of the small terms, each below 2^-53 (2^-15 + 2^-24 +
 *    2^-52) of f: 2^-66.4;
 *  - the approximation 2^-68.6;
 * in all below 2^-64.8 of f.  No exact square or product of x is needed.
 * In a directed rounding mode the fast two-sums are not exact and d may
 * leave its interval by an ulp; the result stays within an ulp.
 *
 * The rounding test (`__round_test`, math_impl.h): with E the bound above, the exact
 * result lies in [h + r - E, h + r + E]; h + (r - e) and h + (r + e), e =
 * 1.5 2^-65 h >= E + the rounding of r -+ e (at most 2^-53 2^-14 f), lie
 * outside it, so, rounding being monotonic, when they round to the same
 * double so does the exact result, in every rounding mode. */
/* the rows in w go down to w = 2^-ASIN_WE (2^-8 until session 8) */
#define ASIN_WE 11
#define ASIN_NROWS (97 + 32 * (ASIN_WE - 2))
#define ASIN_LIM 0x3feffc0000000000ull   /* 1 - 2^-ASIN_WE */
extern const double __asin_poly[33][10], __asin_tab[ASIN_NROWS][16];

static inline __attribute__((always_inline)) double asin_tab(uint64_t ua, double ax, int col, double *rest)
{
	/* The row, with no branch and no conversion (session 8).  In x (|x| <=
	 * 3/4): j = the 7 bits after the point of s = |x| + (1 + 2^-8 - 2^-52),
	 * s in [1, 2).  s is within an ulp (2^-52) of the exact sum S in every
	 * rounding mode, and lies on the 2^-52 grid, so s >= 1 + j/128 needs S >
	 * 1 + j/128 - 2^-52, i.e. |x| > j/128 - 2^-8, and s <= 1 + (j + 1)/128 -
	 * 2^-52 needs S < 1 + (j + 1)/128, i.e. |x| < j/128 + 2^-8 + 2^-52: d =
	 * |x| - j/128 lies in (-2^-8, 2^-8 + 2^-52) (the generator checks each
	 * row up to that edge), and for j >= 1 |x| > j/256 (j = 1: |x| > 2^-8;
	 * j >= 2: j/128 - 2^-8 >= j/256), so d is exact (Sterbenz).  (The
	 * nearest integer to |x| 128 up to that 2^-52: no __HALF_DOWN needed.)
	 * j/128 is s with its bits below the 7 cleared, minus 1 (exact).
	 * In w = 1 - |x| (3/4 < |x|, w exact): w's exponent and first 5 bits
	 * index the row, d = w_m - w with w_m = w with its bits below the 5
	 * cleared and the next one set (as before).  The integer row index is
	 * selected by a conditional move, d by masks: no branch (d was a
	 * branch, random for random arguments: 1/4 of them are above 3/4), and
	 * d does not wait for the row's loads. */
	double s = ax + 0x1.00fffffffffffp0;
	int jx = (int)(__dbits(s) >> 45) & 127;
	double dx = ax - (fand(s, ~((1ull << 45) - 1)) - 1.0);
	double w = 1.0 - ax;
	int jw = (int)(__dbits(w) >> 47) - ((1023 - ASIN_WE) << 5) + 97;
	double dw = for_(fand(w, ~((1ull << 47) - 1)), 1ull << 46) - w;
	int up = ua > 0x3fe8000000000000ull;
	int j = up ? jw : jx;
	double d = fsel((__v2u){ -(uint64_t)up, 0 }, dw, dx);
	const double *c = __asin_tab[j];
	double dh = fand(d, ~((1ull << 27) - 1)), dl = d - dh;   /* dh: 26 bits */
	/* d^2 Q(d), Q = c2 + ... + c9 d^7, as d^2 (c2 + c3 d) + d^4 (c4 + c5 d) +
	 * d^6 (c6 + c7 d) + d^8 (c8 + c9 d): two more products than Estrin's
	 * nesting, a shorter chain */
	double d2 = d * d, d4 = d2 * d2, d6 = d2 * d4, d8 = d4 * d4;
	double q = (d2 * (c[4] + d * c[5]) + d4 * (c[6] + d * c[7])) + (d6 * (c[8] + d * c[9]) + d8 * (c[10] + d * c[11]));
	__dd p = __fast_two_sum(c[col], c[2] * dh);
	*rest = p.lo + (c[col + 1] + ((c[2] * dl + c[3] * d) + q));
	return p.hi;
}

/* 1 - 2^-8 <= |x| < 1 (on the fast path only 1 - 2^-11 <= |x| since
 * session 8): F(w) = asin(sqrt w)/sqrt w with w = (1 - |x|)/2
 * (exact: Sterbenz, then a halving) in [0, 2^-9], acos |x| = 2 sqrt(w)
 * F(w).  F is a polynomial about each m = j/128 (j = 0..32, the nearest to
 * w; degree 7, c0 a double-double, c1 = c1h (27 bits) + c1l), whose
 * approximation error, its coefficients as rounded, is below 2^-72.66
 * relative.  F(w) as hi + *lo within 2^-68.3 relative (F >= 1):
 *  - j = w 128 rounded by adding 1.5 2^52 (one off in a directed mode: |t|
 *    <= 2^-7, the polynomial a little outside its interval; F >= 1, so no
 *    cancellation: the results stay within 1 ulp);
 *  - t = w - m is exact (Sterbenz; t = w for j = 0), |t| <= 2^-8; t = th +
 *    tl (th of 26 bits), c1h th exact, c0h + it exact (fast two-sum, c0h >=
 *    1 > |c1 t|); c1h tl + c1l t (below 2^-25 |c1 t| < 2^-35) rounded:
 *    2^-88;
 *  - t^2 Q(t) (Q = c2 + ... + c7 t^5, below 0.09: |t^2 Q| < 2^-19.4) within
 *    2^-50 of itself: 2^-69.4; the additions of the small terms, each below
 *    2^-51 + 2^-19.4: 2^-72 each, three of them;
 *  - the approximation 2^-72.66;
 * in all below 2^-69.4 + 3 2^-72 + 2^-72.66 + 2^-88 < 2^-68.3. */
static inline __attribute__((always_inline)) double asin_F(double w, double *lo)
{
	/* j = w 128 rounded (at most 32), m = j/128 */
	double kd = w * 128.0 + 0x1.8p52;
	const double *c = __asin_poly[(int)__dbits(kd) & 63];
	double t = w - (kd - 0x1.8p52) * 0x1p-7, th, tl;
	__split(t, &th, &tl);
	double t2 = t * t;
	double q = (c[4] + t * c[5]) + t2 * ((c[6] + t * c[7]) + t2 * (c[8] + t * c[9]));
	__dd s = __fast_two_sum(c[0], c[2] * th);
	double rest = s.lo + (c[1] + ((c[2] * tl + c[3] * t) + t2 * q));
	double hi = s.hi + rest;
	*lo = rest - (hi - s.hi);
	return hi;
}

/* Dekker's products with a's split done once: a^2 and a b exactly (the
 * compiler does not merge two splits of the same a under FENV_ACCESS). */
static inline __attribute__((always_inline)) __dd sqr_split(double a, double ah, double al)
{
	double p = a * a;
	return (__dd){ p, ((ah * ah - p) + 2.0 * ah * al) + al * al };
}

static inline __attribute__((always_inline)) __dd prod_split(double a, double ah, double al, double b)
{
	double bh, bl, p = a * b;
	__split(b, &bh, &bl);
	return (__dd){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

/* asin |x| (mode 0), acos x (mode 1) for 1 - 2^-8 <= |x| < 1 as hi + *lo,
 * within 2^-65 hi: sqrt w = sh + sl with sh the rounded square root, sl =
 * (w - sh^2)/(2 sh) (sh^2 exact by Dekker, w - its high part exact, the
 * rest two roundings), sh + sl within 2^-104 relative; A = 2 (sh + sl)(Fh
 * + Fl) with sh Fh exact, the cross terms rounded: A within 2^-68.2
 * relative.  acos x = A for x > 0 and pi - A for x < 0 (A <= 0.089, pi - A
 * >= 3.05); asin |x| = pi/2 - A (the result >= 1.48 > A: 2^-68.2, plus
 * 2^-104 of the pi/2 and the additions).  So 2^-65 relative, which the
 * rounding test uses. */
static __attribute__((noinline)) double asin_acos_near1(double x, int mode, double *lo)
{
	double ax = __builtin_fabs(x), Fl, hi, l, ah, al;
	double w = (1.0 - ax) * 0.5;
	double Fh = asin_F(w, &Fl);
	double sh = __arch_sqrt_insn(w);
	__split(sh, &ah, &al);
	__dd S = sqr_split(sh, ah, al);
	double sl = ((w - S.hi) - S.lo) / (2.0 * sh);
	__dd P = prod_split(sh, ah, al, Fh);
	double rest = P.lo + (sh * Fl + sl * Fh);
	double h1 = P.hi + rest;
	hi = 2.0 * h1;
	l = 2.0 * (rest - (h1 - P.hi));
	if (mode == 0 || x < 0.0) {   /* pi/2 - A, or pi - A */
		double ch = mode ? PI_HI : PI_2_HI, cl = mode ? PI_LO : PI_2_LO;
		__dd B = __fast_two_sum(ch, -hi);   /* ch > A */
		double r = (cl - l) + B.lo;
		hi = B.hi + r;
		l = r - (hi - B.hi);
	}
	*lo = l;
	return hi;
}

/* The accurate paths, out of line so that the fast ones need no
 * callee-saved registers: the double-double core on t = x/sqrt(1 - x^2)
 * (asin) or its inverse (acos), with 1 - x^2, the square root and the
 * quotient within about 2^-100.  (A first stage in plain double, the
 * session-5 fast path atan_fast, was dropped: its stated bound was too
 * small by a factor of about 2, and with it some results were an ulp off,
 * e.g. acos(0x1.45d48542993e4p-1).)  asin |x| for 2^-27 <= |x| < 1. */
static __attribute__((noinline)) double asin_slow(double ax)
{
	__dd w = __dd_add_d(neg(__two_prod(ax, ax)), 1.0);
	__dd t = __dd_div((__dd){ ax, 0.0 }, __dd_sqrt(w));
	return __atan_core(t).hi;
}

/* acos x for 2^-57 <= |x| < 1 */
static __attribute__((noinline)) double acos_slow(double x)
{
	double ax = __builtin_fabs(x);
	__dd w = __dd_add_d(neg(__two_prod(ax, ax)), 1.0);
	__dd a = __atan_core(__dd_div(__dd_sqrt(w), (__dd){ ax, 0.0 }));
	if (x < 0.0)
		a = __dd_add(PI, neg(a));
	return a.hi;
}

/* asin: |x| in [2^-27, 1 - 2^-11) by asin_tab, the rest (NaN, |x| > 1,
 * tiny, 1 - 2^-11 <= |x| <= 1, and the rounding test's failures: there
 * asin_acos_near1 for |x| >= 1 - 2^-8, where it is valid) out of
 * line */
static __attribute__((noinline)) double asin_rare(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax > 1.0)
		return __math_invalid(x);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	double r;
	if (ax == 1.0)
		r = PI_2_HI;
	else {
		double lo;
		r = ax >= 1.0 - 0x1p-8 ? asin_acos_near1(ax, 0, &lo) : 0.0;
		if (!r || !__round_ok(r, lo, __builtin_fabs(r) * 0x1p-65)) {
			MATH_SLOW(asin);
			r = asin_slow(ax);
		}
	}
	return x < 0.0 ? -r : r;
}

double asin(double x)
{
	uint64_t ux = __dbits(x), sign = ux & (1ull << 63), ua = ux ^ sign;
	if (ua - 0x3e40000000000000ull >= ASIN_LIM - 0x3e40000000000000ull)
		return asin_rare(x);
	/* 2^-27 <= |x| < 1 - 2^-11 */
	double rest, r, h = asin_tab(ua, __builtin_fabs(x), 0, &rest);
	if (round_test_bits(h, rest, h * 0x1.8p-65, &r))
		return __dfrom(__dbits(r) ^ sign);
	return asin_rare(x);
}

/* acos: the rest as asin_rare */
static __attribute__((noinline)) double acos_rare(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax > 1.0)
		return __math_invalid(x);
	if (ax < 0x1p-57)
		return PI_2_HI;
	if (x == 1.0)
		return 0.0;
	if (x == -1.0)
		return PI_HI;
	if (ax >= 1.0 - 0x1p-8) {
		double lo, f = asin_acos_near1(x, 1, &lo);
		if (__round_ok(f, lo, __builtin_fabs(f) * 0x1p-65))
			return f;
	}
	MATH_SLOW(acos);
	return acos_slow(x);
}

/* acos x = -P' for x > 0 and P'' for x < 0, P' = c0' + c1 d + d^2 Q =
 * -acos |x| (asin_tab with c0'), P'' = c0'' + c1 d + d^2 Q = acos -|x|
 * (with c0''): the generator checks the approximation relative to both
 * (2^-68.58 in all); for x < 0 the result is at least pi/2 >= acos |x|, so
 * the rounding errors, bounded relative to asin |x| or acos |x|, stay below
 * 2^-64.8 of it, and c0''h >= pi/2 > |c1h dh| keeps the fast two-sum exact.
 * The same rounding test, on -h, -rest for x > 0 (negated before it, so that
 * it holds in the directed modes). */
double acos(double x)
{
	uint64_t ux = __dbits(x), sign = ux & (1ull << 63), ua = ux ^ sign;
	if (ua - 0x3c60000000000000ull >= ASIN_LIM - 0x3c60000000000000ull)
		return acos_rare(x);
	/* 2^-57 <= |x| < 1 - 2^-11; c0' (column 12) for x > 0, c0'' (14) for x < 0 */
	double rest, r, h = asin_tab(ua, __builtin_fabs(x), 12 + (int)(sign >> 62), &rest);
	uint64_t flip = sign ^ (1ull << 63);   /* negate h, rest for x > 0 */
	h = __dfrom(__dbits(h) ^ flip);
	rest = __dfrom(__dbits(rest) ^ flip);
	if (round_test_bits(h, rest, h * 0x1.8p-65, &r))
		return r;
	return acos_rare(x);
}

long double atanl(long double x) { return atan((double)x); }
long double atan2l(long double y, long double x) { return atan2((double)y, (double)x); }
long double asinl(long double x) { return asin((double)x); }
long double acosl(long double x) { return acos((double)x); }
