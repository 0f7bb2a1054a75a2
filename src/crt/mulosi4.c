#include "int128.h"
#include <stdint.h>

/* a * b with *overflow set to 1 when the product does not fit in 32 bits
 * (else 0); the product returned wraps. */
int32_t __mulosi4(int32_t a, int32_t b, int *overflow)
{
	int64_t p = (int64_t)a * b;
	*overflow = p < INT32_MIN || p > INT32_MAX;
	return (int32_t)(uint32_t)p;
}
