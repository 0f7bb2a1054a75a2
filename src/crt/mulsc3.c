#include "int128.h"
#include <math.h>

/* (a + ib) * (c + id), as C's Annex G (G.5.1) asks of complex
 * multiplication: the plain formula, and where it gives NaN + iNaN from
 * operands that hold an infinity, the infinities recovered.  Clang calls it
 * for every complex multiplication it cannot prove finite. */
float _Complex __mulsc3(float a, float b, float c, float d)
{
	float ac = a * c, bd = b * d, ad = a * d, bc = b * c;
	float x = ac - bd, y = ad + bc;
	if (isnan(x) && isnan(y)) {
		int recalc = 0;
		if (isinf(a) || isinf(b)) {
			a = copysignf(isinf(a) ? 1.0f : 0.0f, a);
			b = copysignf(isinf(b) ? 1.0f : 0.0f, b);
			if (isnan(c))
				c = copysignf(0.0f, c);
			if (isnan(d))
				d = copysignf(0.0f, d);
			recalc = 1;
		}
		if (isinf(c) || isinf(d)) {
			c = copysignf(isinf(c) ? 1.0f : 0.0f, c);
			d = copysignf(isinf(d) ? 1.0f : 0.0f, d);
			if (isnan(a))
				a = copysignf(0.0f, a);
			if (isnan(b))
				b = copysignf(0.0f, b);
			recalc = 1;
		}
		if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
			if (isnan(a))
				a = copysignf(0.0f, a);
			if (isnan(b))
				b = copysignf(0.0f, b);
			if (isnan(c))
				c = copysignf(0.0f, c);
			if (isnan(d))
				d = copysignf(0.0f, d);
			recalc = 1;
		}
		if (recalc) {
			x = INFINITY * (a * c - b * d);
			y = INFINITY * (a * d + b * c);
		}
	}
	float _Complex z;
	__real__ z = x;
	__imag__ z = y;
	return z;
}
