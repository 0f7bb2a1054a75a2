#include "int128.h"

/* a / b, with a % b in *rem (truncating, as C). */
ti_int __divmodti4(ti_int a, ti_int b, ti_int *rem)
{
	tu_int ua = a < 0 ? -(tu_int)a : (tu_int)a;
	tu_int ub = b < 0 ? -(tu_int)b : (tu_int)b;
	tu_int r;
	tu_int q = __udivmodti4(ua, ub, &r);
	*rem = (ti_int)(a < 0 ? -r : r);
	return (ti_int)((a < 0) != (b < 0) ? -q : q);
}
