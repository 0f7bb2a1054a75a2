/* fmax and fmin's NaN rules (src/math/fmax.c, fmin.c). */
#ifndef __INTERNAL_NAN_PICK_H
#define __INTERNAL_NAN_PICK_H
#include "math_impl.h"

/* With one NaN operand the other is returned; of two equal operands (+0
 * and -0) the second, as the SSE max/min instructions (and glibc) do. */
/* A signaling NaN operand gives a NaN (and FE_INVALID), as in glibc. */
static inline int __nan_pick(double x, double y, double *r)
{
	if (!__builtin_isnan(x) && !__builtin_isnan(y))
		return 0;
	int snan = (__builtin_isnan(x) && !(__dbits(x) & (1ull << 51))) ||
		(__builtin_isnan(y) && !(__dbits(y) & (1ull << 51)));
	*r = snan || (__builtin_isnan(x) && __builtin_isnan(y)) ? x + y : __builtin_isnan(x) ? y : x;
	return 1;
}

static inline int __nan_pickf(float x, float y, float *r)
{
	if (!__builtin_isnan(x) && !__builtin_isnan(y))
		return 0;
	int snan = (__builtin_isnan(x) && !(__fbits(x) & (1u << 22))) ||
		(__builtin_isnan(y) && !(__fbits(y) & (1u << 22)));
	*r = snan || (__builtin_isnan(x) && __builtin_isnan(y)) ? x + y : __builtin_isnan(x) ? y : x;
	return 1;
}

#endif
