#include "int128.h"
#include <math.h>

/* (a + ib) * (c + id), as C's Annex G (G.5.1) asks of complex
 * multiplication: the plain formula, and where it gives NaN + iNaN from
 * operands that hold an infinity, the infinities recovered.  Clang calls it
 * for every complex multiplication it cannot prove finite. */
double _Complex __muldc3(double a, double b, double c, double d)
{
	double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
	double x = ac - bd, y = ad + bc;
	if (isnan(x) && isnan(y)) {
		int recalc = 0;
		if (isinf(a) || isinf(b)) {
			a = copysign(isinf(a) ? 1.0 : 0.0, a);
			b = copysign(isinf(b) ? 1.0 : 0.0, b);
			if (isnan(c))
				c = copysign(0.0, c);
			if (isnan(d))
				d = copysign(0.0, d);
			recalc = 1;
		}
		if (isinf(c) || isinf(d)) {
			c = copysign(isinf(c) ? 1.0 : 0.0, c);
			d = copysign(isinf(d) ? 1.0 : 0.0, d);
			if (isnan(a))
				a = copysign(0.0, a);
			if (isnan(b))
				b = copysign(0.0, b);
			recalc = 1;
		}
		if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
			if (isnan(a))
				a = copysign(0.0, a);
			if (isnan(b))
				b = copysign(0.0, b);
			if (isnan(c))
				c = copysign(0.0, c);
			if (isnan(d))
				d = copysign(0.0, d);
			recalc = 1;
		}
		if (recalc) {
			x = INFINITY * (a * c - b * d);
			y = INFINITY * (a * d + b * c);
		}
	}
	double _Complex z;
	__real__ z = x;
	__imag__ z = y;
	return z;
}
