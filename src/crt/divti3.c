#include "int128.h"

/* Signed division truncates toward zero; computed on the magnitudes.
 * INT128_MIN / -1 overflows (undefined in C): it wraps to INT128_MIN. */
ti_int __divti3(ti_int a, ti_int b)
{
	tu_int ua = a < 0 ? -(tu_int)a : (tu_int)a;
	tu_int ub = b < 0 ? -(tu_int)b : (tu_int)b;
	tu_int q = __udivmodti4(ua, ub, 0);
	return (ti_int)((a < 0) != (b < 0) ? -q : q);
}
