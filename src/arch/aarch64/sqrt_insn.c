/* The FP unit's square root: correctly rounded in the current rounding mode. */
#include "../../internal/arch.h"

double __arch_sqrt(double x)
{
	__asm__("fsqrt %d0, %d1" : "=w"(x) : "w"(x));
	return x;
}

float __arch_sqrtf(float x)
{
	__asm__("fsqrt %s0, %s1" : "=w"(x) : "w"(x));
	return x;
}
