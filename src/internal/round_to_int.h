/* floor, ceil, trunc, round: exact, by clearing fraction bits.  One
 * kernel, inlined into each with its rounding fixed (src/math/floor.c,
 * ceil.c, trunc.c, round.c). */
#ifndef __INTERNAL_ROUND_TO_INT_H
#define __INTERNAL_ROUND_TO_INT_H
#include "math_impl.h"

enum { __RI_TRUNC, __RI_FLOOR, __RI_CEIL, __RI_ROUND };

static inline double __round_to_int(double x, int how)
{
#ifdef __ARCH_HAS_FRINT
	/* the CPU's instruction (how is a constant where this is inlined) */
	switch (how) {
	case __RI_FLOOR: return __arch_floor_insn(x);
	case __RI_CEIL: return __arch_ceil_insn(x);
	case __RI_ROUND: return __arch_round_insn(x);
	default: return __arch_trunc_insn(x);
	}
#endif
	uint64_t u = __dbits(x);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	int neg = (int)(u >> 63);
	if (e >= 52)
		return x * 1.0;   /* integral, inf, or NaN (quieted) */
	if (e < 0) {
		if ((u << 1) == 0)
			return x;
		switch (how) {
		case __RI_FLOOR: return neg ? -1.0 : 0.0;
		case __RI_CEIL: return neg ? -0.0 : 1.0;
		case __RI_ROUND: if (e == -1) return neg ? -1.0 : 1.0;
		/* fallthrough */
		default: return neg ? -0.0 : 0.0;
		}
	}
	uint64_t mask = (1ull << (52 - e)) - 1;
	if ((u & mask) == 0)
		return x;
	if ((how == __RI_FLOOR && neg) || (how == __RI_CEIL && !neg))
		u += mask + 1;
	else if (how == __RI_ROUND)
		u += 1ull << (51 - e);
	return __dfrom(u & ~mask);
}

#endif
