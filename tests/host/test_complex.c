/* <complex.h> on the host.
 * 1. Annex G's special values (G.6, with DR 471 for ctanh), written from
 *    the standard, not from glibc: each row in its quadrant, then the
 *    rows the standard's symmetries imply (conj for all, odd/even where
 *    stated), then the trigonometric functions through their defining
 *    identities (casin z = -i casinh(iz), ...) on the same rows; the
 *    required exceptions (invalid, divide-by-zero) are checked.
 * 2. Branch cuts: the sign of a zero part chooses the side.
 * 3. Accuracy: random arguments against glibc's 80-bit long double
 *    functions, each part within the stated bound in ULPs of the double
 *    nearest the reference; float against glibc's double functions; the
 *    l functions equal to the double ones.  The maximum error per
 *    function is printed (docs/math.md quotes it). */
#define _GNU_SOURCE
#include <complex.h>
#include <math.h>
#include <float.h>
#include <fenv.h>
#include <stdint.h>
#include <string.h>
#include "check.h"
#include "ul_complex.h"
#include "math_ulp.h"

#pragma clang diagnostic ignored "-Wmissing-field-initializers"

/* glibc's <complex.h> offers CMPLX only to GCC 4.7 and later */
#ifndef CMPLX
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))
#endif

typedef double complex (*cfn)(double complex);
typedef float complex (*cfnf)(float complex);
typedef long double complex (*cfnl)(long double complex);

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void) { return check_xorshift(&rng); }
static double uni(double a, double b) { return a + (b - a) * ((double)(rnd() >> 11) * 0x1p-53); }
static double logu(int lo, int hi)
{
	double v = exp2(uni(lo, hi));
	return (rnd() & 1) ? -v : v;
}
static long scale_count(long n)
{
	const char *s = getenv("MATH_SCALE");
	return s ? (long)(n * atof(s)) : n;
}

#define INF __builtin_inf()
#define NAN_ __builtin_nan("")
#define P2 M_PI_2
#define P4 M_PI_4
#define P34 (3 * M_PI_4)
#define PI M_PI

/* ------------------------------------------------------------------ */
/* 1. Annex G tables */

enum { ANY_RE = 1, ANY_IM = 2, INV = 4, DIVZ = 8 };
enum sym { CONJ, ODD, EVEN };
struct row { double x, y, re, im; int fl; };

static int same(double got, double want, int anysign)
{
	if (isnan(want))
		return isnan(got);
	if (anysign)
		return fabs(got) == fabs(want);
	return got == want && signbit(got) == signbit(want);
}

static void check_one(const char *name, cfn f, double x, double y, double re, double im, int fl)
{
	feclearexcept(FE_ALL_EXCEPT);
	double complex r = f(CMPLX(x, y));
	int ex = fetestexcept(FE_INVALID | FE_DIVBYZERO);
	CHECK(same(creal(r), re, fl & ANY_RE) && same(cimag(r), im, fl & ANY_IM),
	      "%s(%g%+gi) = %g%+gi, want %s%g%+gi", name, x, y, creal(r), cimag(r),
	      (fl & (ANY_RE | ANY_IM)) ? "(signs free) " : "", re, im);
	if (fl & INV)
		CHECK(ex & FE_INVALID, "%s(%g%+gi): invalid not raised", name, x, y);
	if (fl & DIVZ)
		CHECK(ex & FE_DIVBYZERO, "%s(%g%+gi): divide-by-zero not raised", name, x, y);
}

/* f(conj z) = conj f(z); odd: f(-z) = -f(z); even: f(-z) = f(z) */
static void check_table(const char *name, cfn f, const struct row *t, int n, enum sym s)
{
	for (int i = 0; i < n; i++) {
		struct row r = t[i];
		check_one(name, f, r.x, r.y, r.re, r.im, r.fl);
		check_one(name, f, r.x, -r.y, r.re, -r.im, r.fl);
		if (s == ODD) {
			check_one(name, f, -r.x, -r.y, -r.re, -r.im, r.fl);
			check_one(name, f, -r.x, r.y, -r.re, r.im, r.fl);
		} else if (s == EVEN) {
			check_one(name, f, -r.x, -r.y, r.re, r.im, r.fl);
			check_one(name, f, -r.x, r.y, r.re, -r.im, r.fl);
		}
	}
}

/* g(z) = -i h(iz) (casin, catan, csin, ctan from the hyperbolic rows):
 * h(a + ib) = u + iv gives g(b - ia) = v - iu; and ccos(b - ia) = ccosh(a + ib). */
static void check_rotated(const char *name, cfn g, const struct row *t, int n, int is_cos)
{
	for (int i = 0; i < n; i++) {
		struct row r = t[i];
		for (int k = 0; k < 4; k++) {
			/* the row and its images under the symmetries already checked */
			double a = r.x, b = r.y, u = r.re, v = r.im;
			if (k & 1) { b = -b; v = -v; }
			if (k & 2) {
				a = -a; b = -b;
				if (!is_cos) { u = -u; v = -v; }
			}
			int fl = r.fl & ~(ANY_RE | ANY_IM);
			if (is_cos) {
				fl |= r.fl & (ANY_RE | ANY_IM);
				check_one(name, g, b, -a, u, v, fl);
			} else {
				fl |= (r.fl & ANY_RE) ? ANY_IM : 0;
				fl |= (r.fl & ANY_IM) ? ANY_RE : 0;
				check_one(name, g, b, -a, v, -u, fl);
			}
		}
	}
}

static const struct row t_cacos[] = {
	{ 0.0, 0.0, P2, -0.0 }, { -0.0, 0.0, P2, -0.0 },
	{ 0.0, NAN_, P2, NAN_ }, { -0.0, NAN_, P2, NAN_ },
	{ 1.5, INF, P2, -INF }, { -3, INF, P2, -INF }, { 0.0, INF, P2, -INF },
	{ 2, NAN_, NAN_, NAN_ }, { -2, NAN_, NAN_, NAN_ },
	{ -INF, 1, PI, -INF }, { -INF, 0.0, PI, -INF },
	{ INF, 1, 0.0, -INF }, { INF, 0.0, 0.0, -INF },
	{ -INF, INF, P34, -INF }, { INF, INF, P4, -INF },
	{ INF, NAN_, NAN_, INF, ANY_IM }, { -INF, NAN_, NAN_, INF, ANY_IM },
	{ NAN_, 1, NAN_, NAN_ }, { NAN_, 0.0, NAN_, NAN_ },
	{ NAN_, INF, NAN_, -INF }, { NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_casinh[] = {
	{ 0.0, 0.0, 0.0, 0.0 },
	{ 1, INF, INF, P2 }, { 0.0, INF, INF, P2 },
	{ 1, NAN_, NAN_, NAN_ }, { 0.0, NAN_, NAN_, NAN_ },
	{ INF, 1, INF, 0.0 }, { INF, 0.0, INF, 0.0 },
	{ INF, INF, INF, P4 }, { INF, NAN_, INF, NAN_ },
	{ NAN_, 0.0, NAN_, 0.0 }, { NAN_, 1, NAN_, NAN_ },
	{ NAN_, INF, INF, NAN_, ANY_RE }, { NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_catanh[] = {
	{ 0.0, 0.0, 0.0, 0.0 }, { 0.0, NAN_, 0.0, NAN_ },
	{ 1, 0.0, INF, 0.0, DIVZ },
	{ 1, INF, 0.0, P2 }, { 0.0, INF, 0.0, P2 },
	{ 1, NAN_, NAN_, NAN_ },
	{ INF, 1, 0.0, P2 }, { INF, 0.0, 0.0, P2 },
	{ INF, INF, 0.0, P2 }, { INF, NAN_, 0.0, NAN_ },
	{ NAN_, 1, NAN_, NAN_ }, { NAN_, 0.0, NAN_, NAN_ },
	{ NAN_, INF, 0.0, P2, ANY_RE }, { NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_ccosh[] = {
	{ 0.0, 0.0, 1, 0.0 },
	{ 0.0, INF, NAN_, 0.0, ANY_IM | INV }, { 0.0, NAN_, NAN_, 0.0, ANY_IM },
	{ 1, INF, NAN_, NAN_, INV }, { 1, NAN_, NAN_, NAN_ },
	{ INF, 0.0, INF, 0.0 },
	{ INF, 1, INF, INF }, { INF, 2, -INF, INF }, { INF, 4, -INF, -INF },
	{ INF, INF, INF, NAN_, ANY_RE | INV }, { INF, NAN_, INF, NAN_ },
	{ NAN_, 0.0, NAN_, 0.0, ANY_IM }, { NAN_, 1, NAN_, NAN_ }, { NAN_, INF, NAN_, NAN_ },
	{ NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_csinh[] = {
	{ 0.0, 0.0, 0.0, 0.0 },
	{ 0.0, INF, 0.0, NAN_, ANY_RE | INV }, { 0.0, NAN_, 0.0, NAN_, ANY_RE },
	{ 1, INF, NAN_, NAN_, INV }, { 1, NAN_, NAN_, NAN_ },
	{ INF, 0.0, INF, 0.0 },
	{ INF, 1, INF, INF }, { INF, 2, -INF, INF }, { INF, 4, -INF, -INF },
	{ INF, INF, INF, NAN_, ANY_RE | INV }, { INF, NAN_, INF, NAN_, ANY_RE },
	{ NAN_, 0.0, NAN_, 0.0 }, { NAN_, 1, NAN_, NAN_ }, { NAN_, INF, NAN_, NAN_ },
	{ NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_ctanh[] = {
	{ 0.0, 0.0, 0.0, 0.0 },
	{ 1, INF, NAN_, NAN_, INV },
	{ 0.0, INF, 0.0, NAN_, INV },     /* DR 471 */
	{ 1, NAN_, NAN_, NAN_ },
	{ 0.0, NAN_, 0.0, NAN_ },         /* DR 471 */
	{ INF, 1, 1, 0.0 }, { INF, 2, 1, -0.0 }, { INF, 0.0, 1, 0.0 },
	{ INF, INF, 1, 0.0, ANY_IM }, { INF, NAN_, 1, 0.0, ANY_IM },
	{ NAN_, 0.0, NAN_, 0.0 }, { NAN_, 1, NAN_, NAN_ }, { NAN_, INF, NAN_, NAN_ },
	{ NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_cexp[] = {
	{ 0.0, 0.0, 1, 0.0 }, { -0.0, 0.0, 1, 0.0 },
	{ 1, INF, NAN_, NAN_, INV }, { 0.0, INF, NAN_, NAN_, INV },
	{ 1, NAN_, NAN_, NAN_ },
	{ INF, 0.0, INF, 0.0 },
	{ -INF, 1, 0.0, 0.0 }, { -INF, 2, -0.0, 0.0 }, { -INF, 4, -0.0, -0.0 }, { -INF, 0.0, 0.0, 0.0 },
	{ INF, 1, INF, INF }, { INF, 2, -INF, INF }, { INF, 4, -INF, -INF },
	{ -INF, INF, 0.0, 0.0, ANY_RE | ANY_IM }, { INF, INF, INF, NAN_, ANY_RE | INV },
	{ -INF, NAN_, 0.0, 0.0, ANY_RE | ANY_IM }, { INF, NAN_, INF, NAN_, ANY_RE },
	{ NAN_, 0.0, NAN_, 0.0 }, { NAN_, 1, NAN_, NAN_ }, { NAN_, INF, NAN_, NAN_ },
	{ NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_clog[] = {
	{ -0.0, 0.0, -INF, PI, DIVZ }, { 0.0, 0.0, -INF, 0.0, DIVZ },
	{ 1, INF, INF, P2 }, { 0.0, INF, INF, P2 }, { -1, INF, INF, P2 },
	{ 1, NAN_, NAN_, NAN_ },
	{ -INF, 1, INF, PI }, { -INF, 0.0, INF, PI },
	{ INF, 1, INF, 0.0 }, { INF, 0.0, INF, 0.0 },
	{ -INF, INF, INF, P34 }, { INF, INF, INF, P4 },
	{ INF, NAN_, INF, NAN_ }, { -INF, NAN_, INF, NAN_ },
	{ NAN_, 1, NAN_, NAN_ }, { NAN_, 0.0, NAN_, NAN_ },
	{ NAN_, INF, INF, NAN_ }, { NAN_, NAN_, NAN_, NAN_ },
};
static const struct row t_csqrt[] = {
	{ 0.0, 0.0, 0.0, 0.0 }, { -0.0, 0.0, 0.0, 0.0 },
	{ 1, INF, INF, INF }, { 0.0, INF, INF, INF }, { -1, INF, INF, INF },
	{ NAN_, INF, INF, INF }, { INF, INF, INF, INF }, { -INF, INF, INF, INF },
	{ 1, NAN_, NAN_, NAN_ }, { 0.0, NAN_, NAN_, NAN_ },
	{ -INF, 1, 0.0, INF }, { -INF, 0.0, 0.0, INF },
	{ INF, 1, INF, 0.0 }, { INF, 0.0, INF, 0.0 },
	{ -INF, NAN_, NAN_, INF, ANY_IM }, { INF, NAN_, INF, NAN_ },
	{ NAN_, 1, NAN_, NAN_ }, { NAN_, 0.0, NAN_, NAN_ }, { NAN_, NAN_, NAN_, NAN_ },
};
#define N(t) (int)(sizeof(t) / sizeof((t)[0]))

static void annex_g(void)
{
	check_table("cacos", ul_cacos, t_cacos, N(t_cacos), CONJ);
	check_table("casinh", ul_casinh, t_casinh, N(t_casinh), ODD);
	check_table("catanh", ul_catanh, t_catanh, N(t_catanh), ODD);
	check_table("ccosh", ul_ccosh, t_ccosh, N(t_ccosh), EVEN);
	check_table("csinh", ul_csinh, t_csinh, N(t_csinh), ODD);
	check_table("ctanh", ul_ctanh, t_ctanh, N(t_ctanh), ODD);
	check_table("cexp", ul_cexp, t_cexp, N(t_cexp), CONJ);
	check_table("clog", ul_clog, t_clog, N(t_clog), CONJ);
	check_table("csqrt", ul_csqrt, t_csqrt, N(t_csqrt), CONJ);
	check_rotated("casin", ul_casin, t_casinh, N(t_casinh), 0);
	check_rotated("catan", ul_catan, t_catanh, N(t_catanh), 0);
	check_rotated("csin", ul_csin, t_csinh, N(t_csinh), 0);
	check_rotated("ctan", ul_ctan, t_ctanh, N(t_ctanh), 0);
	check_rotated("ccos", ul_ccos, t_ccosh, N(t_ccosh), 1);

	/* cacosh: G.6.2.1 */
	static const struct row t_cacosh[] = {
		{ 0.0, 0.0, 0.0, P2 }, { -0.0, 0.0, 0.0, P2 },
		{ 1, INF, INF, P2 }, { 0.0, INF, INF, P2 }, { -1, INF, INF, P2 },
		{ 0.0, NAN_, NAN_, NAN_ }, { 1, NAN_, NAN_, NAN_ },
		{ -INF, 1, INF, PI }, { -INF, 0.0, INF, PI },
		{ INF, 1, INF, 0.0 }, { INF, 0.0, INF, 0.0 },
		{ -INF, INF, INF, P34 }, { INF, INF, INF, P4 },
		{ INF, NAN_, INF, NAN_ }, { -INF, NAN_, INF, NAN_ },
		{ NAN_, 1, NAN_, NAN_ }, { NAN_, 0.0, NAN_, NAN_ },
		{ NAN_, INF, INF, NAN_ }, { NAN_, NAN_, NAN_, NAN_ },
	};
	check_table("cacosh", ul_cacosh, t_cacosh, N(t_cacosh), CONJ);

	/* cabs (F.10.4.3 hypot), carg (atan2), cproj, conj, creal, cimag */
	CHECK(ul_cabs(CMPLX(INF, NAN_)) == INF && ul_cabs(CMPLX(NAN_, -INF)) == INF, "cabs(inf, NaN)");
	CHECK(isnan(ul_cabs(CMPLX(NAN_, 1))), "cabs(NaN + i)");
	CHECK(ul_cabs(CMPLX(3, -4)) == 5 && ul_cabs(CMPLX(-0.0, 0.0)) == 0, "cabs exact");
	CHECK(ul_cabs(CMPLX(DBL_MAX, DBL_MAX)) == INF && ul_cabs(CMPLX(0x1p1023, 0x1p1023)) == 0x1p1023 * M_SQRT2,
	      "cabs at the top");
	CHECK(ul_cabs(CMPLX(0x1p-1074, 0x1p-1074)) == 0x1p-1074, "cabs subnormal");
	CHECK(ul_carg(CMPLX(-1, 0.0)) == PI && ul_carg(CMPLX(-1, -0.0)) == -PI, "carg on the cut");
	CHECK(ul_carg(CMPLX(0.0, 0.0)) == 0 && !signbit(ul_carg(CMPLX(0.0, 0.0))) &&
	      ul_carg(CMPLX(-0.0, 0.0)) == PI && ul_carg(CMPLX(-0.0, -0.0)) == -PI, "carg of zeros");
	CHECK(ul_carg(CMPLX(INF, -INF)) == -P4 && ul_carg(CMPLX(1, 1)) == P4, "carg");
	double complex p = ul_cproj(CMPLX(NAN_, -INF));
	CHECK(creal(p) == INF && cimag(p) == 0 && signbit(cimag(p)), "cproj(NaN - i inf)");
	p = ul_cproj(CMPLX(-INF, NAN_));
	CHECK(creal(p) == INF && cimag(p) == 0 && !signbit(cimag(p)), "cproj(-inf + iNaN)");
	p = ul_cproj(CMPLX(-INF, -3));
	CHECK(creal(p) == INF && signbit(cimag(p)), "cproj(-inf - 3i)");
	p = ul_cproj(CMPLX(1e308, NAN_));
	CHECK(creal(p) == 1e308 && isnan(cimag(p)), "cproj(finite)");
	p = ul_conj(CMPLX(1, 0.0));
	CHECK(creal(p) == 1 && signbit(cimag(p)), "conj(1 + i0)");
	p = ul_conj(CMPLX(-2, -INF));
	CHECK(creal(p) == -2 && cimag(p) == INF, "conj");
	CHECK(ul_creal(CMPLX(-0.0, 5)) == 0 && signbit(ul_creal(CMPLX(-0.0, 5))) && ul_cimag(CMPLX(1, -7)) == -7,
	      "creal cimag");
	CHECK(ul_crealf(CMPLXF(2, 3)) == 2 && ul_cimagf(CMPLXF(2, 3)) == 3 &&
	      ul_creall(CMPLXL(2, 3)) == 2 && ul_cimagl(CMPLXL(2, 3)) == 3, "crealf cimagf creall cimagl");
	CHECK(ul_cabsf(CMPLXF(3, 4)) == 5 && ul_cabsl(CMPLXL(3, 4)) == 5 &&
	      ul_cargf(CMPLXF(-1, -0.0f)) == -(float)PI && ul_cargl(CMPLXL(0, 1)) == P2, "cabsf cabsl cargf cargl");
	float complex pf = ul_cprojf(CMPLXF(1, -INFINITY));
	CHECK(crealf(pf) == INFINITY && signbit(cimagf(pf)), "cprojf");
	pf = ul_conjf(CMPLXF(1, 2));
	CHECK(cimagf(pf) == -2, "conjf");
	long double complex pl = ul_cprojl(CMPLXL(INFINITY, 1));
	CHECK(creall(pl) == INFINITY && cimagl(pl) == 0, "cprojl");
	pl = ul_conjl(CMPLXL(1, 2));
	CHECK(cimagl(pl) == -2, "conjl");
	/* the macros of 7.3.1 */
	double complex m = CMPLX(0.0, -0.0);
	CHECK(creal(m) == 0 && signbit(cimag(m)), "CMPLX keeps -0");
	CHECK(creal(I * I) == -1 && cimag(_Complex_I) == 1, "I");
}

/* ------------------------------------------------------------------ */
/* 2. branch cuts and exact values */

static void near(const char *what, double complex got, double re, double im)
{
	double er = fabs(creal(got) - re), ei = fabs(cimag(got) - im);
	CHECK(er <= 2 * DBL_EPSILON * fabs(re) && ei <= 2 * DBL_EPSILON * fabs(im) &&
	      signbit(creal(got)) == signbit(re) && signbit(cimag(got)) == signbit(im),
	      "%s = %.17g%+.17gi, want %.17g%+.17gi", what, creal(got), cimag(got), re, im);
}

static void cuts(void)
{
	double a2 = acosh(2.0), at2 = atanh(0.5);
	near("csqrt(-4+i0)", ul_csqrt(CMPLX(-4, 0.0)), 0.0, 2);
	near("csqrt(-4-i0)", ul_csqrt(CMPLX(-4, -0.0)), 0.0, -2);
	near("csqrt(4-i0)", ul_csqrt(CMPLX(4, -0.0)), 2, -0.0);
	near("csqrt(-3-4i)", ul_csqrt(CMPLX(-3, -4)), 1, -2);
	near("csqrt(3+4i)", ul_csqrt(CMPLX(3, 4)), 2, 1);
	near("clog(-1+i0)", ul_clog(CMPLX(-1, 0.0)), 0.0, PI);
	near("clog(-1-i0)", ul_clog(CMPLX(-1, -0.0)), 0.0, -PI);
	near("clog(e)", ul_clog(CMPLX(M_E, 0.0)), 1, 0.0);
	near("casin(2+i0)", ul_casin(CMPLX(2, 0.0)), P2, a2);
	near("casin(2-i0)", ul_casin(CMPLX(2, -0.0)), P2, -a2);
	near("casin(-2+i0)", ul_casin(CMPLX(-2, 0.0)), -P2, a2);
	near("cacos(2+i0)", ul_cacos(CMPLX(2, 0.0)), 0.0, -a2);
	near("cacos(2-i0)", ul_cacos(CMPLX(2, -0.0)), 0.0, a2);
	near("cacos(-2+i0)", ul_cacos(CMPLX(-2, 0.0)), PI, -a2);
	near("cacosh(-2+i0)", ul_cacosh(CMPLX(-2, 0.0)), a2, PI);
	near("cacosh(-2-i0)", ul_cacosh(CMPLX(-2, -0.0)), a2, -PI);
	near("cacosh(0.5-i0)", ul_cacosh(CMPLX(0.5, -0.0)), 0.0, -acos(0.5));
	near("catanh(2+i0)", ul_catanh(CMPLX(2, 0.0)), at2, P2);
	near("catanh(2-i0)", ul_catanh(CMPLX(2, -0.0)), at2, -P2);
	near("catanh(-2+i0)", ul_catanh(CMPLX(-2, 0.0)), -at2, P2);
	near("casinh(+0+2i)", ul_casinh(CMPLX(0.0, 2)), a2, P2);
	near("casinh(-0+2i)", ul_casinh(CMPLX(-0.0, 2)), -a2, P2);
	near("catan(+0+2i)", ul_catan(CMPLX(0.0, 2)), P2, at2);
	near("catan(-0+2i)", ul_catan(CMPLX(-0.0, 2)), -P2, at2);
	near("cpow(2, 0.5)", ul_cpow(CMPLX(2, 0.0), CMPLX(0.5, 0.0)), M_SQRT2, 0.0);
	near("cpowf(2, 3)", ul_cpowf(CMPLXF(2, 0.0f), CMPLXF(3, 0.0f)), 8, 0.0);
	/* where a naive formula overflows or underflows: against glibc's 80-bit
	 * functions, 1 ulp */
	static const struct { cfn f; long double complex (*ref)(long double complex); const char *name; double x, y; } big[] = {
		{ ul_cexp, cexpl, "cexp", 710, P4 }, { ul_cexp, cexpl, "cexp", -745.5, 1e-300 },
		{ ul_cexp, cexpl, "cexp", 300, 0x1p-1070 }, { ul_cexp, cexpl, "cexp", 0.5, 0x1p-1074 },
		{ ul_ccosh, ccoshl, "ccosh", 711, 1.5 }, { ul_ccosh, ccoshl, "ccosh", -710.4, 1.5 },
		{ ul_csinh, csinhl, "csinh", 711, 1.5 }, { ul_csinh, csinhl, "csinh", -1e-300, 3 },
		{ ul_ctanh, ctanhl, "ctanh", 30, 1e-300 }, { ul_ctanh, ctanhl, "ctanh", 400, 1 },
		{ ul_csqrt, csqrtl, "csqrt", DBL_MAX, DBL_MAX }, { ul_csqrt, csqrtl, "csqrt", 0x1p-1074, 0x1p-1074 },
		{ ul_csqrt, csqrtl, "csqrt", -DBL_MAX, 0x1p-1074 }, { ul_csqrt, csqrtl, "csqrt", 0x1p-1074, -DBL_MAX },
		{ ul_clog, clogl, "clog", DBL_MAX, DBL_MAX }, { ul_clog, clogl, "clog", 0x1p-1074, 0x1p-1074 },
		{ ul_clog, clogl, "clog", 1 - 0x1p-53, 0x1p-26 }, { ul_clog, clogl, "clog", 0.6, 0.8 },
		{ ul_casin, casinl, "casin", 1e300, 1e300 }, { ul_casin, casinl, "casin", 0.5, 1e-300 },
		{ ul_cacos, cacosl, "cacos", -1e300, 1e300 }, { ul_cacos, cacosl, "cacos", 1 + 0x1p-52, 1e-300 },
		{ ul_catanh, catanhl, "catanh", 1e300, 1e300 }, { ul_catanh, catanhl, "catanh", 1, 1e-300 },
		{ ul_catanh, catanhl, "catanh", 0.6, 0.8 }, { ul_casinh, casinhl, "casinh", 1e-300, 1 + 0x1p-52 },
	};
	for (unsigned i = 0; i < sizeof big / sizeof big[0]; i++) {
		feclearexcept(FE_ALL_EXCEPT);
		double complex r = big[i].f(CMPLX(big[i].x, big[i].y));
		/* overflow only where a part does */
		CHECK(!fetestexcept(FE_OVERFLOW) || isinf(creal(r)) || isinf(cimag(r)),
		      "%s(%a%+ai): spurious overflow", big[i].name, big[i].x, big[i].y);
		long double complex ref = big[i].ref(CMPLXL(big[i].x, big[i].y));
		double er = ulp_err(creal(r), creall(ref)), ei = ulp_err(cimag(r), cimagl(ref));
		CHECK(er <= 1 && ei <= 1, "%s(%a%+ai) = %a%+ai, ref %La%+Lai", big[i].name, big[i].x, big[i].y,
		      creal(r), cimag(r), creall(ref), cimagl(ref));
	}
	feclearexcept(FE_ALL_EXCEPT);
	double complex o = ul_cexp(CMPLX(800, 1));
	CHECK(isinf(creal(o)) && isinf(cimag(o)) && fetestexcept(FE_OVERFLOW), "cexp overflow raises");
}

/* ------------------------------------------------------------------ */
/* 3. accuracy */

struct fn {
	const char *name;
	cfn ul; cfnf ulf; cfnl ull;
	long double complex (*ref)(long double complex);
	double complex (*reff)(double complex);
	double bound, boundf;
	double max, maxf;
	int dom;   /* argument ranges: 0 all, 1 |z| < 700 (exp family), 2 |y| small for cexp-like */
};

static struct fn fns[] = {
	/* name, ours (double, float, long double), glibc (long double, double), bounds */
	{ "cexp", ul_cexp, ul_cexpf, ul_cexpl, cexpl, cexp, 1, 0.501, 0, 0, 1 },
	{ "clog", ul_clog, ul_clogf, ul_clogl, clogl, clog, 1, 0.501, 0, 0, 0 },
	{ "csqrt", ul_csqrt, ul_csqrtf, ul_csqrtl, csqrtl, csqrt, 1, 0.501, 0, 0, 0 },
	{ "csinh", ul_csinh, ul_csinhf, ul_csinhl, csinhl, csinh, 1, 0.501, 0, 0, 1 },
	{ "ccosh", ul_ccosh, ul_ccoshf, ul_ccoshl, ccoshl, ccosh, 1, 0.501, 0, 0, 1 },
	{ "ctanh", ul_ctanh, ul_ctanhf, ul_ctanhl, ctanhl, ctanh, 1, 0.501, 0, 0, 1 },
	{ "csin", ul_csin, ul_csinf, ul_csinl, csinl, csin, 1, 0.501, 0, 0, 2 },
	{ "ccos", ul_ccos, ul_ccosf, ul_ccosl, ccosl, ccos, 1, 0.501, 0, 0, 2 },
	{ "ctan", ul_ctan, ul_ctanf, ul_ctanl, ctanl, ctan, 1, 0.501, 0, 0, 2 },
	{ "casin", ul_casin, ul_casinf, ul_casinl, casinl, casin, 1, 0.501, 0, 0, 0 },
	{ "cacos", ul_cacos, ul_cacosf, ul_cacosl, cacosl, cacos, 1, 0.501, 0, 0, 0 },
	{ "casinh", ul_casinh, ul_casinhf, ul_casinhl, casinhl, casinh, 1, 0.501, 0, 0, 0 },
	{ "cacosh", ul_cacosh, ul_cacoshf, ul_cacoshl, cacoshl, cacosh, 1, 0.501, 0, 0, 0 },
	{ "catanh", ul_catanh, ul_catanhf, ul_catanhl, catanhl, catanh, 1, 0.501, 0, 0, 0 },
	{ "catan", ul_catan, ul_catanf, ul_catanl, catanl, catan, 1, 0.501, 0, 0, 0 },
};

static double complex arg(int dom, int kind)
{
	double x, y;
	switch (kind) {
	case 0: x = logu(-30, 30); y = logu(-30, 30); break;
	case 1: x = uni(-4, 4); y = uni(-4, 4); break;
	case 2: {   /* next to |z| = 1 */
		double r = 1 + logu(-60, -2), t = uni(-PI, PI);
		x = r * cos(t); y = r * sin(t);
		break;
	}
	case 3: x = logu(-1074, 1023); y = logu(-1074, 1023); break;
	case 4: x = logu(-3, 3); y = logu(-1074, -20); break;   /* next to the real axis */
	default: x = logu(-1074, -20); y = logu(-3, 3); break;  /* next to the imaginary one */
	}
	if (dom == 1 && fabs(x) > 720) x = fmod(x, 720);
	if (dom == 2 && fabs(y) > 720) y = fmod(y, 720);
	return CMPLX(x, y);
}

static void accuracy(void)
{
	long n = scale_count(20000);
	for (unsigned i = 0; i < N(fns); i++) {
		struct fn *f = &fns[i];
		for (int kind = 0; kind < 6; kind++)
			for (long j = 0; j < n; j++) {
				double complex z = arg(f->dom, kind);
				double complex r = f->ul(z);
				long double complex ref = f->ref(z);
				double er = ulp_err(creal(r), creall(ref)), ei = ulp_err(cimag(r), cimagl(ref));
				if (er > f->max) f->max = er;
				if (ei > f->max) f->max = ei;
				CHECK(er <= f->bound && ei <= f->bound,
				      "%s(%a%+ai) = %a%+ai, ref %La%+Lai: %.3g %.3g ulp", f->name, creal(z), cimag(z),
				      creal(r), cimag(r), creall(ref), cimagl(ref), er, ei);
				long double complex rl = f->ull(z);
				CHECK(memcmp(&rl, &(long double complex){ r }, sizeof rl) == 0 ||
				      (creall(rl) == creal(r) && cimagl(rl) == cimag(r)), "%sl", f->name);
				/* float: against glibc's double function */
				float complex zf = CMPLXF((float)creal(z), (float)cimag(z));
				if (fabsf(crealf(zf)) > 3e38f || fabsf(cimagf(zf)) > 3e38f)
					continue;
				float complex rf = f->ulf(zf);
				double complex reff = f->reff(zf);
				double fr = ulp_errf(crealf(rf), creal(reff)), fi = ulp_errf(cimagf(rf), cimag(reff));
				if (fr > f->maxf) f->maxf = fr;
				if (fi > f->maxf) f->maxf = fi;
				CHECK(fr <= f->boundf + 0.5 && fi <= f->boundf + 0.5,
				      "%sf(%a%+ai) = %a%+ai, ref %a%+ai: %.3g %.3g ulp", f->name, crealf(zf), cimagf(zf),
				      crealf(rf), cimagf(rf), creal(reff), cimag(reff), fr, fi);
			}
		printf("%-7s max %.3f ulp (bound %g), float %.3f\n", f->name, f->max, f->bound, f->maxf);
	}
	/* cpow: relative error of the whole against glibc's cpowl, which is
	 * cexpl(w clogl z) in 64-bit precision; both lose |w log z| ulps */
	double cmax = 0;
	for (long j = 0; j < n; j++) {
		double complex z = CMPLX(uni(-8, 8), uni(-8, 8)), w = CMPLX(uni(-4, 4), uni(-4, 4));
		double complex r = ul_cpow(z, w);
		long double complex ref = cpowl(z, w);
		long double complex lz = clogl(z);
		long double g = cabsl(w * lz) + 1;
		long double e = cabsl(r - ref) / cabsl(ref) / (g * DBL_EPSILON);
		if (e > cmax) cmax = e;
		CHECK(e <= 4, "cpow(%a%+ai, %a%+ai): %Lg (|w log z| + 1) eps", creal(z), cimag(z), creal(w), cimag(w), e);
	}
	printf("cpow    max %.3f (|w log z| + 1) eps\n", cmax);
}

int main(void)
{
	annex_g();
	cuts();
	accuracy();
	return check_report("complex");
}
