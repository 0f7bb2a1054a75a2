#include "int128.h"

/* (unsigned __int128)a, truncated toward zero.  C leaves values outside
 * [0, 2^128) undefined: negative ones and NaN give 0, larger ones all ones. */
tu_int __fixunsdfti(double a)
{
	union { double d; uint64_t u; } v = { a };
	int e = (int)(v.u >> 52 & 0x7ff) - 1023;
	if (v.u >> 63 || e < 0)
		return 0;
	if (e == 1024 && (v.u & ((1ull << 52) - 1)))
		return 0;                       /* NaN */
	if (e >= 128)
		return ~(tu_int)0;
	tu_int m = (v.u & ((1ull << 52) - 1)) | 1ull << 52;
	return e >= 52 ? m << (e - 52) : m >> (52 - e);
}
