#include "int128.h"

/* (float)a, rounded in the current rounding mode (see floattisf.c). */
float __floatuntisf(tu_int a)
{
	uint64_t hi = __crt_hi(a);
	/* Through int64_t where it fits: Clang's uint64_t conversion makes
	 * 0 into -0.0 when rounding downward. */
	if (hi == 0 && __crt_lo(a) >> 63 == 0)
		return (float)(int64_t)__crt_lo(a);
	if (hi == 0)
		return (float)__crt_lo(a);
	int s = 64 - __crt_clz64(hi);                      /* 1..64 */
	uint64_t m = (uint64_t)(a >> s);
	if ((a << (128 - s)) != 0)
		m |= 1;
	return (float)m * __crt_pow2f(s);
}
