#include "int128.h"

/* (__int128)a, truncated toward zero.  C leaves values outside the range
 * undefined: they saturate (NaN gives 0). */
ti_int __fixdfti(double a)
{
	union { double d; uint64_t u; } v = { a };
	int neg = v.u >> 63;
	int e = (int)(v.u >> 52 & 0x7ff) - 1023;
	if (e < 0)
		return 0;
	if (e == 1024 && (v.u & ((1ull << 52) - 1)))
		return 0;
	if (e >= 127)
		return neg ? (ti_int)((tu_int)1 << 127) : (ti_int)(~(tu_int)0 >> 1);
	tu_int m = (v.u & ((1ull << 52) - 1)) | 1ull << 52;
	m = e >= 52 ? m << (e - 52) : m >> (52 - e);
	return (ti_int)(neg ? -m : m);
}
