/* a to the integer power b (__builtin_powi): binary exponentiation, and the
 * reciprocal for a negative b, as libgcc and compiler-rt compute it. */
#include "int128.h"

double __powidf2(double a, int b)
{
	int recip = b < 0;
	double r = 1;
	for (;;) {
		if (b & 1)
			r *= a;
		b /= 2;
		if (b == 0)
			break;
		a *= a;
	}
	return recip ? 1 / r : r;
}
