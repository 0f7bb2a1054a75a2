/* Kernels shared by the <complex.h> functions (src/internal/complex_impl.h). */
#include "../internal/complex_impl.h"

double __cx_round_mul(int k, __dd a, __dd b)
{
	if (a.hi == 0.0 || b.hi == 0.0)
		return a.hi * b.hi;
	int ea = ilogb(a.hi), eb = ilogb(b.hi);
	a.hi = scalbn(a.hi, -ea);
	a.lo = scalbn(a.lo, -ea);
	b.hi = scalbn(b.hi, -eb);
	b.lo = scalbn(b.lo, -eb);
	long K = (long)k + ea + eb;
	if (K > 4000)
		K = 4000;
	else if (K < -4000)
		K = -4000;
	return __exp_finish((int)K, __dd_mul(a, b));
}

void __cx_sincos(double y, __dd *s, __dd *c)
{
	__dd r;
	int n = __rem_pio2(y, &r);
	__dd sn = __sin_kernel(r), cs = __cos_kernel(r);
	__dd msn = { -sn.hi, -sn.lo }, mcs = { -cs.hi, -cs.lo };
	switch (n & 3) {
	case 0: *s = sn; *c = cs; break;
	case 1: *s = cs; *c = msn; break;
	case 2: *s = msn; *c = mcs; break;
	default: *s = mcs; *c = sn; break;
	}
}

int __cx_sinhcosh(double x, __dd *sh, __dd *ch)
{
	if (x < 0x1p-30) {
		/* sinh x = x (1 + x^2/6 ...), cosh x = 1 + x^2/2: the dropped
		 * terms are below 2^-62 relative */
		*sh = (__dd){ x, x * x * x / 6 };
		*ch = (__dd){ 1.0, x * x / 2 };
		return 0;
	}
	if (x < 40) {
		/* m = e^x - 1: sinh = (m + m/(1 + m))/2, cosh = 1 + m^2/(2(1 + m)),
		 * no cancellation in either */
		__dd m = __expm1_core(x);
		__dd e = __dd_add_d(m, 1.0);
		__dd q = __dd_div(m, e);
		__dd s = __dd_add(m, q);
		*sh = (__dd){ s.hi * 0.5, s.lo * 0.5 };
		__dd m2 = __dd_mul(m, q);
		__dd c = __dd_add_d((__dd){ m2.hi * 0.5, m2.lo * 0.5 }, 1.0);
		*ch = c;
		return 0;
	}
	/* e^-x is below 2^-115 of e^x: sinh = cosh = e^x / 2 */
	if (x > 1100)
		x = 1100;   /* overflows either way (the callers multiply by at least 2^-61) */
	__dd r;
	int k = __exp_core((__dd){ x, 0.0 }, &r);
	*sh = r;
	*ch = r;
	return k - 1;
}

__dd __cx_x2y2m1(double x, double y)
{
	__dd a = __two_prod(x, x), b = __two_prod(y, y);
	double p[5] = { -1.0, a.hi, b.hi, a.lo, b.lo };
	/* three error-free vector sums (Ogita, Rump, Oishi: SumK with K = 3):
	 * the result is as if summed with three times double precision, and
	 * the five parts are exact, so only x^2 + y^2 - 1 itself is rounded */
	for (int pass = 0; pass < 3; pass++)
		for (int i = 1; i < 5; i++) {
			__dd t = __two_sum(p[i], p[i - 1]);
			p[i] = t.hi;
			p[i - 1] = t.lo;
		}
	double lo = (p[0] + p[1]) + (p[2] + p[3]);
	__dd t = __two_sum(p[4], lo);
	return t;
}

/* log1p(w.hi + w.lo) for w > -1/2, rounded once: the series below 2^-20
 * (to w^5: truncation 2^-120; the tail, below 2^-21 w, in double), else
 * log of 1 + w in double-double. */
double __cx_log1p(__dd w)
{
	double t = w.hi;
	if (__builtin_fabs(t) < 0x1p-20) {
		double c = t * t * (-0.5 + t * (1.0 / 3 + t * (-0.25 + t * 0.2)));
		return t + (w.lo - t * w.lo + c);
	}
	__dd a = __two_sum(1.0, t);
	a.lo += w.lo;
	__dd l = __log_dd(a);
	return l.hi + l.lo;
}

double __cx_log_abs(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax < ay) {
		double t = ax;
		ax = ay;
		ay = t;
	}
	if (ax >= 0.5 && ax <= 1.5 && ay < 1.0) {
		/* next to |z| = 1: log|z| = log1p(x^2 + y^2 - 1)/2 with the
		 * argument exact to 2^-106 relative */
		__dd s = __cx_x2y2m1(ax, ay);
		if (__builtin_fabs(s.hi) <= 0.5) {
			if (s.hi == 0.0)
				return 0.0;
			return 0.5 * __cx_log1p(s);
		}
	}
	/* |z| = 2^k |w|, |w.x| in [1, 2): log|z| = k log 2 + log(w.x^2 + w.y^2)/2,
	 * the sum of squares and its log in double-double; the two terms do
	 * not cancel (|z|^2 within [0.5, 1.5] went above) */
	int k = ilogb(ax);
	ax = scalbn(ax, -k);
	ay = scalbn(ay, -k);
	__dd s = __dd_add(__two_prod(ax, ax), __two_prod(ay, ay));
	__dd l = __log_dd(s);
	l.hi *= 0.5;
	l.lo *= 0.5;
	__dd kl = __dd_add((__dd){ k * LN2_HI, 0.0 }, (__dd){ k * LN2_LO, 0.0 });
	__dd r = __dd_add(kl, l);
	return r.hi + r.lo;
}

void __cx_asin(double x, double y, int neg, double *ra, double *rc, double *im)
{
	double sx = neg ? -x : x;   /* for cacos */
	if (__builtin_isnan(x) || __builtin_isnan(y)) {
		double n = x + y;
		if (__builtin_isinf(x) || __builtin_isinf(y)) {
			*ra = *rc = n;
			*im = __builtin_inf();
		} else if (x == 0.0) {
			*ra = x;
			*rc = CX_PIO2;
			*im = n;
		} else {
			*ra = *rc = *im = n;
		}
		return;
	}
	if (__builtin_isinf(x) || __builtin_isinf(y)) {
		*im = __builtin_inf();
		if (__builtin_isinf(x) && __builtin_isinf(y)) {
			*ra = CX_PIO4;
			*rc = neg ? CX_3PIO4 : CX_PIO4;
		} else if (__builtin_isinf(x)) {
			*ra = CX_PIO2;
			*rc = neg ? CX_PI : 0.0;
		} else {
			*ra = 0.0;
			*rc = CX_PIO2;
		}
		return;
	}
	if (y == 0.0) {
		/* the real axis: exact real functions (the cut above 1 on the
		 * side the sign of the zero tells, applied by the callers) */
		if (x <= 1.0) {
			*ra = asin(x);
			*rc = acos(sx);
			*im = 0.0;
		} else {
			*ra = CX_PIO2;
			*rc = neg ? CX_PI : 0.0;
			*im = acosh(x);
		}
		return;
	}
	if (x == 0.0) {
		*ra = 0.0;
		*rc = CX_PIO2;
		*im = asinh(y);
		return;
	}
	if (x > 0x1p60 || y > 0x1p60) {
		/* asin z = -i log(2iz) + O(1/z^2), below 2^-120 here */
		*ra = atan2(x, y);
		*rc = atan2(y, sx);
		/* log 2|z| = (k + 1) log 2 + log(w.x^2 + w.y^2)/2, |z| = 2^k |w|,
		 * rounded once */
		double m = x > y ? x : y;
		int k = ilogb(m);
		double sx2 = scalbn(x, -k), sy2 = scalbn(y, -k);
		__dd l = __log_dd(__dd_add(__two_prod(sx2, sx2), __two_prod(sy2, sy2)));
		l.hi *= 0.5;
		l.lo *= 0.5;
		__dd kl = __dd_add((__dd){ (k + 1) * LN2_HI, 0.0 }, (__dd){ (k + 1) * LN2_LO, 0.0 });
		l = __dd_add(kl, l);
		*im = l.hi + l.lo;
		return;
	}
	if (x < 0x1p-30 && y < 0x1p-30) {
		/* asin z = z + z^3/6 ...: within 2^-62 */
		*ra = x;
		__dd r = __dd_add_d((__dd){ PI_2_HI, PI_2_LO }, -sx);   /* pi/2 - x, rounded once */
		*rc = r.hi + r.lo;
		*im = y;
		return;
	}
	/* Hull, Fairgrieve and Tang, "Implementing the complex arcsine and
	 * arccosine functions using exception handling" (ACM TOMS 23, 1997):
	 * A = (|z + 1| + |z - 1|)/2, asin z = asin(x/A) + i acosh A, each part
	 * written so that it does not cancel; here in double-double (|z + 1|
	 * and |z - 1| from exact squares), each part rounded once. */
	__dd XP = __two_sum(x, 1.0), XM = __two_sum(x, -1.0), OM = __two_sum(1.0, -x);
	__dd Y2 = __two_prod(y, y);
	__dd Rd = __dd_sqrt(__dd_add(__dd_mul(XP, XP), Y2));
	__dd Sd = __dd_sqrt(__dd_add(__dd_mul(XM, XM), Y2));
	__dd Ad = __dd_add(Rd, Sd);
	Ad.hi *= 0.5;
	Ad.lo *= 0.5;
	double A = Ad.hi + Ad.lo;
	/* The real parts: asin(x/A) = atan2(x, d), acos(x/A) = atan2(d, x),
	 * d = sqrt(A^2 - x^2), which the three cases write without
	 * cancellation (d may underflow with y: then it is d/x that is
	 * needed, rounded once). */
	__dd d;
	double dx = -1;   /* d/x when d is too small for double-double */
	if (x <= 0.6417 * A) {
		d = __dd_sqrt(__dd_add(__dd_mul(Ad, Ad), __dd_mul_d(__two_prod(x, x), -1.0)));
	} else if (x <= 1.0) {
		__dd apx = __dd_add_d(Ad, x);
		apx.hi *= 0.5;
		apx.lo *= 0.5;
		__dd in = __dd_add(__dd_div(Y2, __dd_add(Rd, XP)), __dd_add(Sd, OM));
		d = __dd_sqrt(__dd_mul(apx, in));
	} else {
		__dd apx = __dd_add_d(Ad, x);
		__dd in = __dd_add(__dd_div(apx, __dd_add(Rd, XP)), __dd_div(apx, __dd_add(Sd, XM)));
		in.hi *= 0.5;
		in.lo *= 0.5;
		__dd sq = __dd_sqrt(in);
		if (y < 0x1p-900)
			dx = __cx_round_mul(0, __dd_div(sq, (__dd){ x, 0.0 }), (__dd){ y, 0.0 });
		else
			d = __dd_mul_d(sq, y);
	}
	const __dd P2 = { PI_2_HI, PI_2_LO }, P = { PI_HI, PI_LO };
	if (dx >= 0 || d.hi <= x) {
		/* c = atan(d/x) <= pi/4: asin = pi/2 - c, acos = c or pi - c */
		__dd c = dx >= 0 ? (__dd){ dx, 0.0 } : __atan_core(__dd_div(d, (__dd){ x, 0.0 }));
		__dd mc = { -c.hi, -c.lo };
		__dd r = __dd_add(P2, mc);
		*ra = r.hi + r.lo;
		if (neg) {
			r = __dd_add(P, mc);
			*rc = r.hi + r.lo;
		} else {
			*rc = c.hi + c.lo;
		}
	} else {
		/* a = atan(x/d) < pi/4: asin = a, acos = pi/2 -+ a */
		__dd a;
		if (x < d.hi * 0x1p-960) {
			/* atan(x/d) = x/d, below the normal range: rounded once */
			a = (__dd){ __cx_round_mul(0, __dd_div((__dd){ 1.0, 0.0 }, d), (__dd){ x, 0.0 }), 0.0 };
		} else {
			a = __atan_core(__dd_div((__dd){ x, 0.0 }, d));
		}
		*ra = a.hi + a.lo;
		__dd r = __dd_add(P2, neg ? a : (__dd){ -a.hi, -a.lo });
		*rc = r.hi + r.lo;
	}
	/* The imaginary part, acosh A: log1p(A - 1 + sqrt((A - 1)(A + 1)))
	 * with A - 1 by the cancellation-free formulas (log(A + sqrt(A^2 - 1))
	 * above 1.5). */
	if (x < 1.0 && y < 0x1p-500) {
		/* y^2 would underflow: Im = y / sqrt(1 - x^2) (y may be
		 * subnormal: multiplied last, rounded once) */
		__dd q = __dd_div((__dd){ 1.0, 0.0 }, __dd_sqrt(__dd_mul(OM, XP)));
		*im = __cx_round_mul(0, q, (__dd){ y, 0.0 });
		return;
	}
	if (A <= 1.5) {
		__dd am1 = __dd_div(Y2, __dd_add(Rd, XP));
		if (x < 1.0)
			am1 = __dd_add(am1, __dd_div(Y2, __dd_add(Sd, OM)));
		else
			am1 = __dd_add(am1, __dd_add(Sd, XM));
		am1.hi *= 0.5;
		am1.lo *= 0.5;
		__dd w = __dd_add(am1, __dd_sqrt(__dd_mul(am1, __dd_add_d(am1, 2.0))));
		*im = __cx_log1p(w);
	} else {
		__dd l = __log_dd(__dd_add(Ad, __dd_sqrt(__dd_add_d(__dd_mul(Ad, Ad), -1.0))));
		*im = l.hi + l.lo;
	}
}

void __cx_atanh(double x, double y, double *re, double *im)
{
	if (x > 0x1p60 || y > 0x1p60) {
		/* atanh z = 1/z + O(1/z^3) + i pi/2 */
		double m = x > y ? x : y;
		int k = ilogb(m);
		double sx = scalbn(x, -k), sy = scalbn(y, -k);
		__dd S = __dd_add(__two_prod(sx, sx), __two_prod(sy, sy));
		*re = __cx_round_mul(-k, __dd_div((__dd){ 1.0, 0.0 }, S), (__dd){ sx, 0.0 });
		*im = CX_PIO2;
		return;
	}
	if (x < 0x1p-30 && y < 0x1p-30) {
		*re = x;
		*im = y;
		return;
	}
	/* Re = log1p(4x / ((1 - x)^2 + y^2)) / 4, the denominator in
	 * double-double (1 - x too: exact);
	 * Im = atan2(2y, 1 - x^2 - y^2) / 2, the denominator exact. */
	double xm = 1.0 - x;
	__dd XM = __two_sum(1.0, -x);   /* 1 - x exactly */
	__dd den = __dd_add(__dd_mul(XM, XM), __two_prod(y, y));
	if (den.hi < 0x1p-50) {
		/* next to z = 1 (the quotient would overflow): (1 - x)^2 + y^2
		 * + 4x = (1 + x)^2 + y^2, so Re = (log|1 + z| - log|1 - z|)/2,
		 * the second term at least 17 times the first */
		*re = 0.5 * (__cx_log_abs(1.0 + x, y) - __cx_log_abs(xm, y));
	} else {
		*re = 0.25 * __cx_log1p(__dd_div((__dd){ 4.0 * x, 0.0 }, den));
	}
	/* the angle of 1 - x^2 - y^2 + 2iy, from the exact denominator */
	__dd d = __cx_x2y2m1(x, y);   /* -(1 - x^2 - y^2) */
	double y2 = 2.0 * y;
	if (y < 0x1p-900) {
		/* y may be subnormal: Im = y / (1 - x^2) rounded once (x < 1), or
		 * pi/2 less a negligible amount (x > 1) */
		if (d.hi < 0)
			*im = __cx_round_mul(0, __dd_div((__dd){ -1.0, 0.0 }, d), (__dd){ y, 0.0 });
		else
			*im = 0.5 * atan2(y2, -(d.hi + d.lo));
		return;
	}
	if (__builtin_fabs(d.hi) < y2 * 0x1p-60) {
		*im = 0.5 * (CX_PIO2 + d.hi / y2) + 0.5 * PI_2_LO;
		return;
	}
	__dd a = __atan_core(__dd_div((__dd){ y2, 0.0 }, (__dd){ __builtin_fabs(d.hi), __builtin_fabs(d.hi) == d.hi ? d.lo : -d.lo }));
	if (d.hi > 0)   /* 1 - x^2 - y^2 < 0: the angle is pi - a */
		a = __dd_add((__dd){ PI_HI, PI_LO }, (__dd){ -a.hi, -a.lo });
	*im = 0.5 * (a.hi + a.lo);
}
