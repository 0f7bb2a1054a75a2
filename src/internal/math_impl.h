/* Internals of src/math: bit access, double-double arithmetic, the cores
 * shared by several functions, and the error-reporting helpers. */
#ifndef __INTERNAL_MATH_IMPL_H
#define __INTERNAL_MATH_IMPL_H

#define _GNU_SOURCE   /* the library defines every name <math.h> can declare */
#include <stdint.h>
#include <math.h>

/* The double-double algorithms rely on each operation being rounded on its
 * own: a fused multiply-add would break two_prod. */
#pragma STDC FP_CONTRACT OFF
/* The exception flags are part of the result: no floating-point operation
 * may be moved or speculated (a multiplication hoisted out of a branch
 * would raise a spurious overflow). */
#if !defined(__aarch64__)
#pragma STDC FENV_ACCESS ON
#else
/* Clang 14 does not implement the pragma on aarch64 (it warns and ignores
 * it): there the optimizer may move or speculate an operation, so that an
 * exception flag a math function leaves can differ from x86_64's (results
 * do not; docs/aarch64.md). */
#endif

static inline uint64_t __dbits(double x) { uint64_t u; __builtin_memcpy(&u, &x, 8); return u; }
static inline double __dfrom(uint64_t u) { double x; __builtin_memcpy(&x, &u, 8); return x; }
static inline uint32_t __fbits(float x) { uint32_t u; __builtin_memcpy(&u, &x, 4); return u; }
static inline float __ffrom(uint32_t u) { float x; __builtin_memcpy(&x, &u, 4); return x; }

/* 2^n for -1022 <= n <= 1023. */
static inline double __pow2(int n) { return __dfrom((uint64_t)(n + 1023) << 52); }

/* Double-double: a value hi + lo with |lo| <= ulp(hi)/2. */
typedef struct { double hi, lo; } __dd;

static inline __dd __two_sum(double a, double b)
{
	double s = a + b, bb = s - a;
	return (__dd){ s, (a - (s - bb)) + (b - bb) };
}

static inline __dd __fast_two_sum(double a, double b)   /* |a| >= |b| */
{
	double s = a + b;
	return (__dd){ s, b - (s - a) };
}

static inline void __split(double a, double *hi, double *lo)
{
	double c = 134217729.0 * a;   /* 2^27 + 1 */
	*hi = c - (c - a);
	*lo = a - *hi;
}

/* a * b exactly (no overflow, no underflow of the low part assumed). */
static inline __attribute__((always_inline)) __dd __two_prod(double a, double b)
{
	double ah, al, bh, bl, p = a * b;
	__split(a, &ah, &al);
	__split(b, &bh, &bl);
	return (__dd){ p, ((ah * bh - p) + ah * bl + al * bh) + al * bl };
}

static inline __dd __dd_add(__dd a, __dd b)
{
	__dd s = __two_sum(a.hi, b.hi), t = __two_sum(a.lo, b.lo);
	s.lo += t.hi;
	s = __fast_two_sum(s.hi, s.lo);
	s.lo += t.lo;
	return __fast_two_sum(s.hi, s.lo);
}

static inline __dd __dd_add_d(__dd a, double b)
{
	__dd s = __two_sum(a.hi, b);
	s.lo += a.lo;
	return __fast_two_sum(s.hi, s.lo);
}

static inline __dd __dd_mul(__dd a, __dd b)
{
	__dd p = __two_prod(a.hi, b.hi);
	p.lo += a.hi * b.lo + a.lo * b.hi;
	return __fast_two_sum(p.hi, p.lo);
}

static inline __dd __dd_mul_d(__dd a, double b)
{
	__dd p = __two_prod(a.hi, b);
	p.lo += a.lo * b;
	return __fast_two_sum(p.hi, p.lo);
}

/* a / b, relative error about 2^-100 */
static inline __dd __dd_div(__dd a, __dd b)
{
	double q1 = a.hi / b.hi;
	__dd p = __two_prod(q1, b.hi);
	double r = (((a.hi - p.hi) - p.lo) + a.lo) - q1 * b.lo;
	return __fast_two_sum(q1, r / b.hi);
}

/* Rounding test of the fast paths (Ziv): hi + lo, with lo the exact
 * rounding error of hi (|lo| <= ulp(hi)/2), is within err of the exact
 * result.  Returns 1 when hi is then certainly that result rounded to
 * nearest: the whole interval lies strictly inside hi's rounding interval.
 * Powers of two (whose lower half-interval is narrower), tiny (below
 * 2^-968), huge and non-finite hi return 0: the caller's accurate path
 * handles them.  A rounded |lo| + err compared with the exact ulp(hi)/2 is
 * safe, as rounding is monotonic. */
static inline int __round_ok(double hi, double lo, double err)
{
	uint64_t b = __dbits(hi) & 0x7fffffffffffffffull;
	if ((b & 0xfffffffffffffull) == 0 || b < (55ull << 52) || b >= (0x7feull << 52))
		return 0;
	double half_ulp = __dfrom((b & (0x7ffull << 52)) - (53ull << 52));
	return __builtin_fabs(lo) + err < half_ulp;
}

/* The other rounding test (CORE-MATH's), for a result h + r with r not
 * normalised (|r| may exceed ulp(h)/2): if the exact result lies within E
 * of h + r and e >= E + the rounding error of r -+ e, then h + (r - e) and
 * h + (r + e) bracket it; rounding being monotonic, when they round to the
 * same double so does the exact result, in every rounding mode.  Returns
 * 1 and that double in *res.  Fewer operations than __round_ok after a
 * final two-sum, and no special case for powers of two. */
static inline __attribute__((always_inline)) int __round_test(double h, double r, double e, double *res)
{
	double a = h + (r - e), b = h + (r + e);
	*res = a;
	return a == b;
}

/* The nearest integer to a nonnegative s below 2^52 as (int)(s +
 * __HALF_DOWN), for a table row j and d = x - j/N computed exactly by
 * Sterbenz's lemma: 1/2 - 2^-54 rather than 1/2, since 1/2 - 2^-54 +
 * 1/2 would round to 1, giving j = 1 for an x with x N just below 1/2,
 * where x < (j/N)/2 and d = x - 1/N is not exact (asin, atan, sin and tan
 * were an ulp off at such an x: tests/host/test_math.c, test_cr_hard).
 * With it the sum is exact below 1, rounds to j + 1 only from s = j + 1/2
 * on (then x >= (j + 1)/(2N)), and in every rounding mode j is s's
 * nearest integer or, at a half, either neighbour. */
#define __HALF_DOWN 0x1.fffffffffffffp-2

/* make bench counts fast-path fallbacks in a host build with -DUL_MATH_STATS. */
#ifdef UL_MATH_STATS
#define MATH_SLOW(fn) do { extern unsigned long __math_slow_##fn; __math_slow_##fn++; } while (0)
#else
#define MATH_SLOW(fn) ((void)0)
#endif

/* Rounding test of the float fast paths, which compute in double: y is
 * within 2^-e |y| of the exact result f, and E = 2^(53-e) + 2 (a bound on
 * that error in units of y's last place, plus two).  Returns 1 when y's
 * 29 bits below float precision are more than E units away from the
 * half-way pattern 2^28 (and from 0, i.e. from a float, so that the
 * conversion raises FE_INEXACT as the double function did): then no float
 * rounding boundary lies within E units of y, and every value there, f and
 * whatever the double function returns (within one unit of f) included,
 * rounds to (float)y, which is then the correctly rounded f and exactly
 * what narrowing the double function gives.  Float subnormal and overflowing results (|y| < 2^-126 or
 * >= 2^127) return 0, so that the caller's fallback raises their flags and
 * sets errno as before; so do NaN and infinity. */
static inline int __roundf_ok(double y, uint32_t E)
{
	uint64_t b = __dbits(y);
	uint32_t ex = (uint32_t)(b >> 52) & 0x7ff;
	return ex - (1023 - 126) <= 252 && (((uint32_t)b + E) & 0xfffffff) > 2 * E;
}

/* __arch_sqrt: the hardware square root, no errno */
#include "arch.h"

/* a / d for a double d (cheaper than __dd_div) */
static inline __dd __dd_div_d(__dd a, double d)
{
	double q1 = a.hi / d;
	__dd p = __two_prod(q1, d);
	double q2 = (((a.hi - p.hi) - p.lo) + a.lo) / d;
	return __fast_two_sum(q1, q2);
}

/* sqrt of a double-double (a.hi > 0, normal range). */
static inline __dd __dd_sqrt(__dd a)
{
	double s = __arch_sqrt_insn(a.hi);
	__dd sq = __two_prod(s, s);
	double e = ((a.hi - sq.hi) - sq.lo + a.lo) / (2.0 * s);
	return __fast_two_sum(s, e);
}

/* Tables (tables.c, from tools/gen_math_tables.py). */
extern const uint64_t __math_2_over_pi[20];
extern const double __math_exp2_64[64][2];
extern const double __math_log_tab[47][2];
extern const double __math_atan_tab[9][2];
/* A zero of lgamma at x0 = n + d (d = d_hi + d_lo) and its Taylor series
 * sum c_j (x - x0)^j, valid for |x - x0| < r/64 */
struct __lgamma_zero { int n; double d_hi, d_lo, r; double c1[2]; double c[9]; };
extern const struct __lgamma_zero __math_lgamma_zeros[30];

#define LN2_HI 0x1.62e42fefa3800p-1      /* 42 bits: k * LN2_HI is exact */
#define LN2_LO 0x1.ef35793c76730p-45
#define LN2_64_HI 0x1.62e42fefa0000p-7   /* 36 bits */
#define LN2_64_LO 0x1.cf79abc9e3b3ap-46
#define INV_LN2_HI 0x1.71547652b82fep+0
#define INV_LN2_LO 0x1.777d0ffda0d24p-56
#define INV_LN10_HI 0x1.bcb7b1526e50ep-2
#define INV_LN10_LO 0x1.95355baaafad3p-57
#define LN2D_HI 0x1.62e42fefa39efp-1
#define LN2D_LO 0x1.abc9e3b39803fp-56
#define LN10D_HI 0x1.26bb1bbb55516p+1
#define LN10D_LO -0x1.f48ad494ea3e9p-53
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PI_2_HI 0x1.921fb54442d18p+0
#define PI_2_LO 0x1.1a62633145c07p-54
#define PI_4_HI 0x1.921fb54442d18p-1
#define PI_4_LO 0x1.1a62633145c07p-55
/* pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + O(2^-122), the first two of 33 bits */
#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e037073p-69

/* e^(a.hi + a.lo) = 2^k * (r.hi + r.lo), r in [0.99, 2.02]; returns k.
 * |a.hi| <= 1100. Relative error about 2^-80. */
int __exp_core(__dd a, __dd *r);
/* Fast path of e^(x + xl) for |x| < 708 (|xl| tiny beside x), xerr a
 * bound on the error of x + xl: 1 and *res when the result is certainly
 * correctly rounded, 0 (then use __exp_core) otherwise. */
int __exp_fast(double x, double xl, double xerr, double *res);
/* e^x - 1 for 2^-54 <= |x| <= 40 in plain double: hi, *lo its exact
 * rounding error, *err a bound on the error of hi + lo (about 2^-60
 * relative). */
double __expm1_fast(double x, double *lo, double *err);
/* Rounds 2^k * r to a double (overflow and underflow included, errno set). */
double __exp_finish(int k, __dd r);
/* log(x) for finite x > 0 (subnormals too) as a double-double, relative
 * error about 2^-75. */
__dd __log_core(double x);
/* x = n * pi/2 + r, |r| <= pi/4 (a bit more), r as a double-double; returns n mod 4.
 * x finite. */
int __rem_pio2(double x, __dd *r);
/* sin and cos of r, |r| <= pi/4 + small, as double-doubles. */
__dd __sin_kernel(__dd r);
__dd __cos_kernel(__dd r);
/* atan(t) for t = t.hi + t.lo >= 0, as a double-double. */
__dd __atan_core(__dd t);
/* e^x - 1 as a double-double, |x| < 800 */
__dd __expm1_core(double x);
/* log(a.hi + a.lo), a > 0 finite, a.lo tiny beside a.hi. */
__dd __log_dd(__dd a);
/* log(x), x > 0 finite, in plain double: hi + lo and a bound *err on its
 * absolute error (2^-67.7 absolute, 2^-67.5 relative for x within [1 - 2^-9,
 * 1 + 2^-8); math_explog.h); for the fast paths. */
__dd __log_fast(double x, double *err);

/* Error reporting: each returns the value the function should return and
 * sets errno and the IEEE exception the way glibc does. */
/* x, for a function f(x) = x + O(x^2) at a tiny nonzero x: inexact, and
 * underflow when x is subnormal */
double __math_tiny(double x);
void __math_inexact(void);   /* raises FE_INEXACT */
double __math_invalid(double x);          /* NaN from x (non-NaN): EDOM, FE_INVALID */
double __math_divzero(int neg);           /* +-inf: ERANGE, FE_DIVBYZERO */
double __math_oflow(int neg);             /* +-inf: ERANGE, FE_OVERFLOW */
double __math_uflow(int neg);             /* +-0: ERANGE, FE_UNDERFLOW */
float __math_invalidf(float x);
/* float result of a double computation: ERANGE when the rounding to float
 * overflowed or underflowed to zero where the double did not. */
float __math_narrow(double d);
/* The same, and (as glibc's expf, powf, erfcf) a result below the smallest
 * subnormal is a range error even when it rounds up to that subnormal. */
float __math_narrow_uflow(double d);

/* Rounding direction, found by arithmetic (portable code cannot read the
 * control register): 0 nearest, 1 downward, 2 upward, 3 toward zero. */
int __math_round_mode(void);

/* Software square root, correctly rounded in the current rounding mode:
 * for an architecture without the instruction, and tested bit for bit
 * against the instruction (src/arch supplies the one used). */
double __sqrt_soft(double x);
float __sqrtf_soft(float x);

#endif
