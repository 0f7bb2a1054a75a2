#include "../internal/complex_impl.h"

/* The principal square root: t = sqrt((|x| + |z|)/2) and y/(2t), the
 * first in double-double from the correctly rounded |z| (so each part is
 * within about one ulp), after scaling by an even power of two when |z|
 * would overflow or (|x| + |z|)/2 lose bits below the normal range.  The
 * real part is >= +0; the imaginary part has the sign of y. */
double complex csqrt(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isinf(y))
		return CMPLX(__builtin_inf(), y);            /* all x, NaN too */
	if (__builtin_isnan(x)) {
		return CMPLX(x, x + y);                       /* NaN + iNaN */
	}
	if (__builtin_isinf(x)) {
		if (__builtin_isnan(y))
			return x > 0 ? CMPLX(x, y) : CMPLX(y, x); /* +inf + iNaN, NaN +- i inf */
		if (x > 0)
			return CMPLX(x, __builtin_copysign(0.0, y));
		return CMPLX(0.0, __builtin_copysign(__builtin_inf(), y));
	}
	if (__builtin_isnan(y))
		return CMPLX(y, y);                           /* finite x: NaN + iNaN */
	if (y == 0.0) {
		if (x >= 0.0)
			return CMPLX(x == 0.0 ? 0.0 : sqrt(x), y); /* +0 + i0 for x = -0 too */
		return CMPLX(0.0, __builtin_copysign(sqrt(-x), y));
	}
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double m = ax > ay ? ax : ay;
	int sc = 0;
	if (m > 0x1p1020)
		sc = -2;
	else if (m < 0x1p-500)
		sc = 108;
	if (sc) {
		ax = scalbn(ax, sc);
		ay = scalbn(ay, sc);
	}
	double h = hypot(ax, ay);
	__dd s = __two_sum(ax, h);
	s.hi *= 0.5;
	s.lo *= 0.5;
	__dd T = __dd_sqrt(s);
	/* y/(2t) as y (1/t) / 2: y may be subnormal, so it is multiplied last,
	 * and the scaling is undone in the one rounding */
	__dd rt = __dd_div((__dd){ 1.0, 0.0 }, T);
	double t = T.hi + T.lo, u = __cx_round_mul(-1 - sc / 2, rt, (__dd){ ay, 0.0 });
	if (sc)
		t = scalbn(t, -sc / 2);
	if (x >= 0.0)
		return CMPLX(t, __builtin_copysign(u, y));
	return CMPLX(u, __builtin_copysign(t, y));
}

float complex csqrtf(float complex z) { return (float complex)csqrt(z); }
long double complex csqrtl(long double complex z) { return csqrt(z); }
