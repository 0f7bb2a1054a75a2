#include "int128.h"

/* (__int128)a, truncated toward zero.  C leaves values outside the range
 * undefined: they saturate (NaN gives 0). */
ti_int __fixsfti(float a)
{
	union { float f; uint32_t u; } v = { a };
	int neg = v.u >> 31;
	int e = (int)(v.u >> 23 & 0xff) - 127;
	if (e < 0)
		return 0;
	if (e == 128 && (v.u & ((1u << 23) - 1)))
		return 0;
	if (e >= 127)
		return neg ? (ti_int)((tu_int)1 << 127) : (ti_int)(~(tu_int)0 >> 1);
	tu_int m = (v.u & ((1u << 23) - 1)) | 1u << 23;
	m = e >= 23 ? m << (e - 23) : m >> (23 - e);
	return (ti_int)(neg ? -m : m);
}
