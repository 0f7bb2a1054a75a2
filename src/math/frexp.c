#include <limits.h>
#include <errno.h>
#include "../internal/math_impl.h"

double frexp(double x, int *e)
{
	uint64_t u = __dbits(x);
	int ex = (int)((u >> 52) & 0x7ff);
	if (ex == 0) {
		if (x == 0.0) {
			*e = 0;
			return x;
		}
		x *= 0x1p64;
		u = __dbits(x);
		ex = (int)((u >> 52) & 0x7ff) - 64;
	} else if (ex == 0x7ff) {
		*e = 0;
		return x + x;
	}
	*e = ex - 1022;
	return __dfrom((u & 0x800fffffffffffffull) | 0x3fe0000000000000ull);
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }
long double frexpl(long double x, int *e) { return frexp((double)x, e); }
