#include "int128.h"

/* The remainder has the sign of the dividend (C's truncating division). */
ti_int __modti3(ti_int a, ti_int b)
{
	tu_int ua = a < 0 ? -(tu_int)a : (tu_int)a;
	tu_int ub = b < 0 ? -(tu_int)b : (tu_int)b;
	tu_int r;
	__udivmodti4(ua, ub, &r);
	return (ti_int)(a < 0 ? -r : r);
}
