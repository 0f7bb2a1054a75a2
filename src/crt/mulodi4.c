#include "int128.h"
#include <stdint.h>

/* a * b with *overflow set to 1 when the product does not fit in 64 bits
 * (else 0); the product returned wraps. */
int64_t __mulodi4(int64_t a, int64_t b, int *overflow)
{
	__int128 p = (__int128)a * b;
	*overflow = p < INT64_MIN || p > INT64_MAX;
	return (int64_t)(uint64_t)p;
}
