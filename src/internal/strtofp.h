#ifndef __INTERNAL_STRTOFP_H
#define __INTERNAL_STRTOFP_H
#include <stdint.h>

/* A NaN's bits as strtof/strtod/strtold (x87 80-bit or binary64) build it. */
struct __fpbits {
	int is_nan;
	uint32_t f;
	uint64_t d;
	uint64_t ld_mant;          /* 80-bit format: significand */
	uint16_t ld_se;            /* and sign/exponent */
};

long double __strtofp(const char *s, char **end, int prec, struct __fpbits *nanbits);
#endif
