/* setjmp and longjmp for AAPCS64 as Windows on Arm uses it (env in x0, val
 * in w1).  jmp_buf holds everything the procedure call standard makes
 * callee-saved; its layout is documented in include/setjmp.h:
 *   bytes   0-79   x19 .. x28          80  x29 (fp)     88  x30 (lr)
 *          96      sp                 104-167  d8 .. d15
 *         168      FPCR
 * longjmp restores FPCR (rounding mode, trap enables, FZ, DN) from setjmp
 * time; FPSR's exception flags stay as they are when longjmp is called, as
 * on x86_64 with MXCSR.  Clang's Windows Arm64 target turns a call of
 * setjmp or _setjmp into _setjmpex(env, sp at entry) (MSVC's name): the
 * same function.  A second argument (that, or sigsetjmp's savemask) is
 * ignored: there are no signal masks and nothing to unwind.  x18 is the
 * platform register on Windows targets: neither saved nor touched. */
	.text
	.globl setjmp, _setjmp, _setjmpex, sigsetjmp
	.globl longjmp, _longjmp, siglongjmp
	.p2align 4
setjmp:
_setjmp:
_setjmpex:
sigsetjmp:
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x16, sp
	str x16, [x0, #96]
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
	mrs x16, fpcr
	str x16, [x0, #168]
	mov w0, #0
	ret

	.p2align 4
longjmp:
_longjmp:
siglongjmp:
	ldp x19, x20, [x0, #0]
	ldp x21, x22, [x0, #16]
	ldp x23, x24, [x0, #32]
	ldp x25, x26, [x0, #48]
	ldp x27, x28, [x0, #64]
	ldp x29, x30, [x0, #80]
	ldr x16, [x0, #96]
	mov sp, x16
	ldp d8, d9, [x0, #104]
	ldp d10, d11, [x0, #120]
	ldp d12, d13, [x0, #136]
	ldp d14, d15, [x0, #152]
	ldr x16, [x0, #168]
	msr fpcr, x16
	/* setjmp returns val, or 1 when val is 0. */
	cmp w1, #0
	csinc w0, w1, wzr, ne
	ret
