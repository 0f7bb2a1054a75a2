/* <fenv.h>'s aarch64 part (included from <fenv.h> only).
 *
 * aarch64: FPSR holds the cumulative exception flags (bits 0-4), FPCR the
 * rounding mode (bits 22-23) and the trap enables (bits 8-12).  Values as
 * glibc's on aarch64 (the bits of those registers), so that ported
 * programs print the same numbers. */
#ifndef _BITS_AARCH64_FENV_H
#define _BITS_AARCH64_FENV_H

#define FE_INVALID    0x01
#define FE_DIVBYZERO  0x02
#define FE_OVERFLOW   0x04
#define FE_UNDERFLOW  0x08
#define FE_INEXACT    0x10
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

#define FE_TONEAREST  0x000000
#define FE_UPWARD     0x400000
#define FE_DOWNWARD   0x800000
#define FE_TOWARDZERO 0xc00000

typedef unsigned int fexcept_t;
typedef struct {
	unsigned int __fpcr;
	unsigned int __fpsr;
} fenv_t;

#endif
