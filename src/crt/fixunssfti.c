#include "int128.h"

/* (unsigned __int128)a, truncated toward zero.  C leaves values outside
 * [0, 2^128) undefined: negative ones and NaN give 0, larger ones all ones. */
tu_int __fixunssfti(float a)
{
	union { float f; uint32_t u; } v = { a };
	int e = (int)(v.u >> 23 & 0xff) - 127;
	if (v.u >> 31 || e < 0)
		return 0;
	if (e == 128 && (v.u & ((1u << 23) - 1)))
		return 0;                       /* NaN */
	if (e >= 128)
		return ~(tu_int)0;
	tu_int m = (v.u & ((1u << 23) - 1)) | 1u << 23;
	return e >= 23 ? m << (e - 23) : m >> (23 - e);
}
