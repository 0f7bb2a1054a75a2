#include "../internal/complex_impl.h"

/* The principal square root: t = sqrt((|x| + |z|)/2) and y/(2t), all in
 * double-double (|z| from the exact squares), each part rounded once,
 * after scaling by an even power of two.  The real part is >= +0; the
 * imaginary part has the sign of y. */
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
	/* scaled by an even power of two so that the squares neither
	 * overflow nor underflow (a part that underflows is below 2^-500 of
	 * the other: no weight in |z|) */
	int e = ilogb(m), sc = 0;
	if (e > 500 || e < -500)
		sc = -(e & ~1);
	double sx = scalbn(ax, sc), sy = scalbn(ay, sc);
	__dd h = __dd_sqrt(__dd_add(__two_prod(sx, sx), __two_prod(sy, sy)));
	__dd s = __dd_add_d(h, sx);
	s.hi *= 0.5;
	s.lo *= 0.5;
	__dd T = __dd_sqrt(s);
	/* t = T 2^(-sc/2); y/(2t) = y (1/T) 2^(sc/2 - 1), with the original y
	 * (it may be subnormal) multiplied last and rounded once */
	__dd rt = __dd_div((__dd){ 1.0, 0.0 }, T);
	double t = scalbn(T.hi + T.lo, -sc / 2);
	double u = __cx_round_mul(sc / 2 - 1, rt, (__dd){ ay, 0.0 });
	if (x >= 0.0)
		return CMPLX(t, __builtin_copysign(u, y));
	return CMPLX(u, __builtin_copysign(t, y));
}

float complex csqrtf(float complex z) { return (float complex)csqrt(z); }
long double complex csqrtl(long double complex z) { return csqrt(z); }
