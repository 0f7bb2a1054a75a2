#ifndef __INTERNAL_TWOWAY_H
#define __INTERNAL_TWOWAY_H
#include <stddef.h>
/* The first occurrence of n (nl >= 1 bytes) in h (hl bytes), or a null
 * pointer: the Crochemore-Perrin two-way algorithm, linear time and
 * constant space. */
void *__twoway(const unsigned char *h, size_t hl, const unsigned char *n, size_t nl);
#endif
