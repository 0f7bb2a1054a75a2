#include "int128.h"

/* The unsigned product a * b, and whether it exceeds 128 bits. */
static tu_int umul_overflow(tu_int a, tu_int b, int *over)
{
	uint64_t ah = __crt_hi(a), al = __crt_lo(a), bh = __crt_hi(b), bl = __crt_lo(b);
	*over = 0;
	if (ah && bh)
		*over = 1;
	tu_int cross = (tu_int)ah * bl + (tu_int)al * bh;
	if (cross >> 64)
		*over = 1;
	tu_int low = (tu_int)al * bl;
	tu_int p = low + (cross << 64);
	if (p < low)
		*over = 1;
	return p;
}

/* a * b with *overflow set to 1 when the product does not fit in 128 bits
 * (else 0); the product returned wraps modulo 2^128.  Clang calls it for
 * __builtin_mul_overflow on __int128. */
ti_int __muloti4(ti_int a, ti_int b, int *overflow)
{
	tu_int ua = a < 0 ? -(tu_int)a : (tu_int)a;
	tu_int ub = b < 0 ? -(tu_int)b : (tu_int)b;
	int over;
	tu_int p = umul_overflow(ua, ub, &over);
	int neg = (a < 0) != (b < 0) && p != 0;
	tu_int limit = (tu_int)1 << 127;          /* |INT128_MIN| */
	if (p > limit || (p == limit && !neg))
		over = 1;
	*overflow = over;
	return (ti_int)(neg ? -p : p);
}
