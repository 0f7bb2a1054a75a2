/* The SSE2 square root: correctly rounded in the current rounding mode. */
#include "../../internal/arch.h"

double __arch_sqrt(double x)
{
	__asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
	return x;
}

float __arch_sqrtf(float x)
{
	__asm__("sqrtss %1, %0" : "=x"(x) : "x"(x));
	return x;
}
