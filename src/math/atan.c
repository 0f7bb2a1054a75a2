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
	int inv = t.hi > 1;
	if (inv)
		t = __dd_div((__dd){ 1, 0 }, t);
	int j = (int)(t.hi * 8 + 0.5);
	__dd u = t;
	if (j) {
		double c = j * 0.125;
		__dd num = __dd_add_d(t, -c);
		__dd den = __two_prod(t.hi, c);
		den.lo += t.lo * c;
		den = __dd_add_d(den, 1.0);
		u = __dd_div(num, den);
	}
	double h = u.hi, z = h * h;
	double tail = h * z * (-0x1.5555555555555p-2 + z * (0x1.999999999999ap-3 + z * (-0x1.2492492492492p-3 + z * (0x1.c71c71c71c71cp-4 +
		z * (-0x1.745d1745d1746p-4 + z * (0x1.3b13b13b13b14p-4 + z * (-0x1.1111111111111p-4 + z * (0x1.e1e1e1e1e1e1ep-5))))))));
	__dd a = __dd_add_d(u, tail);
	if (j)
		a = __dd_add((__dd){ __math_atan_tab[j][0], __math_atan_tab[j][1] }, a);
	if (inv)
		a = __dd_add(PI_2, neg(a));
	return a;
}

double atan(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	double r = ax > 0x1p60 ? PI_2_HI : __atan_core((__dd){ ax, 0 }).hi;
	return x < 0 ? -r : r;
}

double atan2(double y, double x)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	int sy = __builtin_signbit(y) != 0, sx = __builtin_signbit(x) != 0;
	double r;
	if (y == 0)
		r = sx ? PI_HI : 0.0;
	else if (x == 0)
		r = PI_2_HI;
	else if (__builtin_isinf(y))
		r = __builtin_isinf(x) ? (sx ? 3 * PI_4_HI : PI_4_HI) : PI_2_HI;
	else if (__builtin_isinf(x))
		r = sx ? PI_HI : 0.0;
	else {
		double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
		int ex = ilogb(ax), ey = ilogb(ay);
		if (ey - ex > 60)
			r = PI_2_HI;
		else if (ex - ey > 60) {
			if (sx)
				r = PI_HI;
			else {
				volatile double q = ay / ax;
				r = q;
				if (r == 0)
					errno = ERANGE;
				else
					__math_tiny(r);
			}
		} else {
			/* scale both so that x is near 1 */
			double s1 = __pow2(ex > 0 ? -(ex / 2) : -(ex / 2)), s2 = __pow2(-(ex - ex / 2));
			ax = ax * s1 * s2;
			ay = ay * s1 * s2;
			__dd t = __dd_div((__dd){ ay, 0 }, (__dd){ ax, 0 });
			__dd a = __atan_core(t);
			if (sx)
				a = __dd_add(PI, neg(a));
			r = a.hi;
		}
	}
	return sy ? -r : r;
}

double asin(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax > 1)
		return __math_invalid(x);
	if (ax < 0x1p-27)
		return __math_tiny(x);
	double r;
	if (ax == 1)
		r = PI_2_HI;
	else {
		__dd w = __dd_add_d(neg(__two_prod(ax, ax)), 1.0);
		__dd t = __dd_div((__dd){ ax, 0 }, __dd_sqrt(w));
		r = __atan_core(t).hi;
	}
	return x < 0 ? -r : r;
}

double acos(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax > 1)
		return __math_invalid(x);
	if (ax < 0x1p-57)
		return PI_2_HI;
	if (x == 1)
		return 0.0;
	if (x == -1)
		return PI_HI;
	__dd w = __dd_add_d(neg(__two_prod(ax, ax)), 1.0);
	__dd a = __atan_core(__dd_div(__dd_sqrt(w), (__dd){ ax, 0 }));
	if (x < 0)
		a = __dd_add(PI, neg(a));
	return a.hi;
}

float atanf(float x) { return __math_narrow(atan(x)); }
float atan2f(float y, float x) { return __math_narrow(atan2(y, x)); }
float asinf(float x) { return __math_narrow(asin(x)); }
float acosf(float x) { return __math_narrow(acos(x)); }
long double atanl(long double x) { return atan((double)x); }
long double atan2l(long double y, long double x) { return atan2((double)y, (double)x); }
long double asinl(long double x) { return asin((double)x); }
long double acosl(long double x) { return acos((double)x); }
