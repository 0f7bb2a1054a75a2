#include "int128.h"

/* (double)a, rounded in the current rounding mode.  Beyond 64 bits the
 * value is shifted into an int64_t with every bit shifted out ORed into the
 * last one (round to odd: 10 bits below double's precision), which the
 * hardware conversion then rounds once; the scaling by 2^s is exact. */
double __floattidf(ti_int a)
{
	int64_t hi = (int64_t)__crt_hi((tu_int)a);
	uint64_t lo = __crt_lo((tu_int)a);
	if ((hi == 0 && lo >> 63 == 0) || (hi == -1 && lo >> 63 == 1))
		return (double)(int64_t)lo;
	uint64_t mag = (uint64_t)(hi < 0 ? ~hi : hi);      /* bits beside the sign */
	int s = 65 - __crt_clz64(mag | 1);                 /* 1..64 */
	int64_t m = (int64_t)(uint64_t)(a >> s);
	if (((tu_int)a << (128 - s)) != 0)
		m |= 1;
	return (double)m * __crt_pow2(s);
}
