/* The floating conversions of printf (a A e E f F g G), kept apart from the
 * engine in src/stdio/printf_core.c.  __fp_format lays a conversion out and
 * measures it without writing anything; __fp_emit then writes it.  The
 * caller adds the field width: the output is pfx (sign, "0x"), then, if
 * zero_pad says the 0 flag applies, the padding zeros, then len bytes from
 * __fp_emit. */
#ifndef __INTERNAL_FMT_FP_H
#define __INTERNAL_FMT_FP_H

#include <float.h>
#include <stddef.h>
#include <stdint.h>

/* Base-1e9 limbs enough for the exact decimal value m * 5^k of the
 * smallest long double (k = LDBL_MANT_DIG - LDBL_MIN_EXP, m < 2^64), with
 * room for a rounding carry; the largest value needs fewer. */
#define __FP_LIMBS (((LDBL_MANT_DIG - LDBL_MIN_EXP) * 7 / 10 + 24) / 9 + 3)

struct __fp_fmt {
	/* For the caller. */
	char pfx[3];
	unsigned char npfx;
	unsigned char zero_pad;
	size_t len;
	/* Private to fmt_fp.c. */
	int64_t a0, a1, b0, b1;    /* digit ranges before and after the point */
	int dot;
	const char *txt;           /* digit source when not the limbs */
	int nd;                    /* digits in the source */
	char sfx[12];              /* exponent part */
	int nsfx;
	char hex[20];
	int n;                     /* limbs in use */
	uint32_t l[__FP_LIMBS];    /* least significant first */
};

/* conv is one of a A e E f F g G; plus is 0, '+' or ' '; prec is -1 when
 * not given. */
void __fp_format_double(struct __fp_fmt *st, double v, char conv, char plus,
			int alt, int prec);
void __fp_format_ldouble(struct __fp_fmt *st, long double v, char conv,
			 char plus, int alt, int prec);

/* Where double and long double are both IEEE binary64 and a variadic
 * double travels like a 64-bit integer (the MS x64 ABI; Windows on Arm64,
 * whose variadic arguments are all in integer registers and 8-byte stack
 * slots, va_list a plain pointer), printf passes the value's bits, so that
 * it need not touch a floating-point type (see printf_core.c: this keeps
 * the formatter out of programs without floats). */
#if !defined(__ELF__) && (defined(__x86_64__) || defined(__aarch64__)) && LDBL_MANT_DIG == 53
#define __FP_AS_BITS 1
void __fp_format_bits(struct __fp_fmt *st, uint64_t bits, char conv, char plus,
		      int alt, int prec);
#endif
void __fp_emit(const struct __fp_fmt *st,
	       void (*put)(void *ctx, const char *s, size_t n), void *ctx);

#endif
