/* Text to floating point, correctly rounded (round-half-even on the exact
 * value), shared by the scanf family and the strtod family. */
#ifndef __INTERNAL_FLOATSCAN_H
#define __INTERNAL_FLOATSCAN_H

#include <stddef.h>

/* Precisions a result can be rounded to. */
#define __FS_FLOAT 0
#define __FS_DOUBLE 1
#define __FS_LDOUBLE 2

/* Significant digits kept; any further non-zero digit only makes the value
 * a little larger (a sticky digit), which is exact for float and double. */
#define __FS_MAXDIG 800

/* The digits of a number as they arrive: base 10 or 16, leading zeros
 * dropped, a decimal point placed by the caller.  A zero-filled one with
 * base set is empty. */
struct __fs_acc {
	int base;                  /* 10 or 16 */
	int nd;                    /* digits kept in dig */
	int sticky;                /* a non-zero digit was dropped */
	long long adj;               /* power of the base to scale the digits by */
	unsigned char dig[__FS_MAXDIG];
};

/* Adds one digit (its value) before or after the point. */
void __fs_digit(struct __fs_acc *a, int d, int after_point);

/* Rounds digits * base^adj * (10 or 2)^exp to the precision asked for
 * (exp is a power of 10 for base 10, of 2 for base 16, already clamped by
 * the caller to some +-1e8).  *range is set to 1 on overflow, or underflow
 * as glibc's strtod sees it, else 0.  Returns the value, positive. */
long double __fs_finish(struct __fs_acc *a, long long exp, int prec, int *range);

/* Parses a floating constant as strtod does (leading white space not
 * skipped): sign, decimal with optional exponent, 0x hexadecimal with
 * optional p exponent, inf, infinity, nan, nan(n-char-sequence), case
 * insensitive.  Looks at no more than n bytes.  Sets *used to the bytes
 * consumed (0 when there is no number) and *range as above. */
long double __floatscan(const char *s, size_t n, int prec, size_t *used, int *range);

#endif
