/* Non-local jumps.
 *
 * jmp_buf holds everything the Microsoft x64 ABI makes callee-saved, so that
 * longjmp returns to setjmp's caller with its registers as they were:
 *   bytes   0-63   rbx rbp rdi rsi r12 r13 r14 r15
 *          64-71   rsp after setjmp returns       72-79  return address
 *          80-83   MXCSR                          84-85  x87 control word
 *          96-255  xmm6 .. xmm15 (16 bytes each, no alignment required)
 * longjmp restores MXCSR's control bits (rounding, masks, FTZ/DAZ) and the x87
 * control word from setjmp time; MXCSR's exception flags stay as they are
 * when longjmp is called.  There are no signal masks, so sigsetjmp and
 * siglongjmp are setjmp and longjmp; _setjmp and _longjmp likewise. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __jmp_buf_tag {
	unsigned long long __regs[32];
} jmp_buf[1];
typedef jmp_buf sigjmp_buf;

__attribute__((returns_twice)) int setjmp(jmp_buf env);
_Noreturn void longjmp(jmp_buf env, int val);
__attribute__((returns_twice)) int _setjmp(jmp_buf env);
_Noreturn void _longjmp(jmp_buf env, int val);
__attribute__((returns_twice)) int sigsetjmp(sigjmp_buf env, int savemask);
_Noreturn void siglongjmp(sigjmp_buf env, int val);

/* C requires setjmp to be a macro. */
#define setjmp setjmp

#ifdef __cplusplus
}
#endif

#endif
