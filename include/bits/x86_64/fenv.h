/* <fenv.h>'s x86_64 part (included from <fenv.h> only). */
#ifndef _BITS_X86_64_FENV_H
#define _BITS_X86_64_FENV_H

/* x86_64: the SSE unit (MXCSR) does the arithmetic; the x87 status is kept
 * in step.  Values as glibc's, so ported programs print the same numbers. */
#define FE_INVALID    0x01
#define FE_DIVBYZERO  0x04
#define FE_OVERFLOW   0x08
#define FE_UNDERFLOW  0x10
#define FE_INEXACT    0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

#define FE_TONEAREST  0x000
#define FE_DOWNWARD   0x400
#define FE_UPWARD     0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;
typedef struct {
	unsigned short __control_word;   /* x87 */
	unsigned short __status_word;    /* x87 exception flags */
	unsigned int __mxcsr;
} fenv_t;

#endif
