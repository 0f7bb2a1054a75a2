#include <limits.h>
#include <errno.h>
#include "../internal/math_impl.h"

int ilogb(double x)
{
	uint64_t u = __dbits(x);
	int ex = (int)((u >> 52) & 0x7ff);
	if (ex == 0x7ff || x == 0.0) {
		__math_invalid(0.0);   /* FE_INVALID and EDOM */
		return x == 0.0 ? FP_ILOGB0 : __builtin_isnan(x) ? FP_ILOGBNAN : INT_MAX;
	}
	if (ex == 0)
		return (int)((__dbits(x * 0x1p64) >> 52) & 0x7ff) - 1023 - 64;
	return ex - 1023;
}

int ilogbf(float x) { return ilogb(x); }
int ilogbl(long double x) { return ilogb((double)x); }
