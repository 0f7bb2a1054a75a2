#include "int128.h"
#include <math.h>

/* (a + ib) / (c + id), as C's Annex G (G.5.1) asks of complex division:
 * the divisor scaled by a power of two (no spurious overflow or underflow),
 * and where the formula gives NaN + iNaN, the infinities and zeros
 * recovered. */
float _Complex __divsc3(float a, float b, float c, float d)
{
	int ilogbw = 0;
	float logbw = logbf(fmaxf(fabsf(c), fabsf(d)));
	if (isfinite(logbw)) {
		ilogbw = (int)logbw;
		c = scalbnf(c, -ilogbw);
		d = scalbnf(d, -ilogbw);
	}
	float denom = c * c + d * d;
	float x = scalbnf((a * c + b * d) / denom, -ilogbw);
	float y = scalbnf((b * c - a * d) / denom, -ilogbw);
	if (isnan(x) && isnan(y)) {
		if (denom == 0.0f && (!isnan(a) || !isnan(b))) {
			x = copysignf(INFINITY, c) * a;
			y = copysignf(INFINITY, c) * b;
		} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
			a = copysignf(isinf(a) ? 1.0f : 0.0f, a);
			b = copysignf(isinf(b) ? 1.0f : 0.0f, b);
			x = INFINITY * (a * c + b * d);
			y = INFINITY * (b * c - a * d);
		} else if (isinf(logbw) && logbw > 0 && isfinite(a) && isfinite(b)) {
			c = copysignf(isinf(c) ? 1.0f : 0.0f, c);
			d = copysignf(isinf(d) ? 1.0f : 0.0f, d);
			x = 0.0f * (a * c + b * d);
			y = 0.0f * (b * c - a * d);
		}
	}
	float _Complex z;
	__real__ z = x;
	__imag__ z = y;
	return z;
}
