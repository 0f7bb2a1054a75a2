#include "int128.h"

/* (u1 * 2^64 + u0) / v, for u1 < v (so that the quotient fits in 64 bits):
 * Knuth's algorithm D on 32-bit digits (Hacker's Delight, divlu). */
static uint64_t div_128_64(uint64_t u1, uint64_t u0, uint64_t v, uint64_t *r)
{
	const uint64_t b = 1ull << 32;
	int s = __crt_clz64(v);
	v <<= s;
	uint64_t vn1 = v >> 32, vn0 = v & 0xffffffffu;
	uint64_t un32 = s ? u1 << s | u0 >> (64 - s) : u1;
	uint64_t un10 = u0 << s;
	uint64_t un1 = un10 >> 32, un0 = un10 & 0xffffffffu;

	uint64_t q1 = un32 / vn1, rhat = un32 - q1 * vn1;
	while (q1 >= b || q1 * vn0 > (rhat << 32 | un1)) {
		q1--;
		rhat += vn1;
		if (rhat >= b)
			break;
	}
	uint64_t un21 = (un32 << 32 | un1) - q1 * v;
	uint64_t q0 = un21 / vn1;
	rhat = un21 - q0 * vn1;
	while (q0 >= b || q0 * vn0 > (rhat << 32 | un0)) {
		q0--;
		rhat += vn1;
		if (rhat >= b)
			break;
	}
	*r = ((un21 << 32 | un0) - q0 * v) >> s;
	return q1 << 32 | q0;
}

/* a / b, and a % b in *rem if rem is not NULL.  b == 0 is undefined in C,
 * as for the hardware division: it traps (the 64-bit division by zero). */
tu_int __udivmodti4(tu_int a, tu_int b, tu_int *rem)
{
	uint64_t ahi = __crt_hi(a), alo = __crt_lo(a);
	uint64_t bhi = __crt_hi(b), blo = __crt_lo(b);
	tu_int q, r;
	if (bhi == 0) {
		if (blo == 0) {
			volatile uint64_t zero = 0;
			q = alo / zero;          /* the division by zero's own trap */
			r = 0;
		} else if (ahi < blo) {
			uint64_t rr;
			q = div_128_64(ahi, alo, blo, &rr);
			r = rr;
		} else {
			uint64_t qhi = ahi / blo, k = ahi % blo, rr;
			uint64_t qlo = div_128_64(k, alo, blo, &rr);
			q = __crt_make(qhi, qlo);
			r = rr;
		}
	} else if (a < b) {
		q = 0;
		r = a;
	} else {
		/* b >= 2^64: the quotient fits in 64 bits.  Estimate it from
		 * the top 64 bits of b, normalized, and a / 2 (Hacker's Delight,
		 * divlu2 for 128 bits): the estimate is the quotient or one
		 * more, fixed by one comparison. */
		int s = __crt_clz64(bhi);
		uint64_t v1 = (uint64_t)((b << s) >> 64);
		tu_int a1 = a >> 1;
		uint64_t rr;
		uint64_t q1 = div_128_64(__crt_hi(a1), __crt_lo(a1), v1, &rr);
		uint64_t q0 = (q1 >> (63 - s)) ;
		if (q0)
			q0--;
		r = a - (tu_int)q0 * b;
		if (r >= b) {
			q0++;
			r -= b;
		}
		q = q0;
	}
	if (rem)
		*rem = r;
	return q;
}
