#include "int128.h"
#include <math.h>

/* (a + ib) / (c + id), as C's Annex G (G.5.1) asks of complex division:
 * the divisor scaled by a power of two (no spurious overflow or underflow),
 * and where the formula gives NaN + iNaN, the infinities and zeros
 * recovered. */
double _Complex __divdc3(double a, double b, double c, double d)
{
	int ilogbw = 0;
	double logbw = logb(fmax(fabs(c), fabs(d)));
	if (isfinite(logbw)) {
		ilogbw = (int)logbw;
		c = scalbn(c, -ilogbw);
		d = scalbn(d, -ilogbw);
	}
	double denom = c * c + d * d;
	double x = scalbn((a * c + b * d) / denom, -ilogbw);
	double y = scalbn((b * c - a * d) / denom, -ilogbw);
	if (isnan(x) && isnan(y)) {
		if (denom == 0.0 && (!isnan(a) || !isnan(b))) {
			x = copysign(INFINITY, c) * a;
			y = copysign(INFINITY, c) * b;
		} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
			a = copysign(isinf(a) ? 1.0 : 0.0, a);
			b = copysign(isinf(b) ? 1.0 : 0.0, b);
			x = INFINITY * (a * c + b * d);
			y = INFINITY * (b * c - a * d);
		} else if (isinf(logbw) && logbw > 0 && isfinite(a) && isfinite(b)) {
			c = copysign(isinf(c) ? 1.0 : 0.0, c);
			d = copysign(isinf(d) ? 1.0 : 0.0, d);
			x = 0.0 * (a * c + b * d);
			y = 0.0 * (b * c - a * d);
		}
	}
	double _Complex z;
	__real__ z = x;
	__imag__ z = y;
	return z;
}
