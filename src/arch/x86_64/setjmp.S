/* setjmp and longjmp for the Microsoft x64 ABI (env in rcx, val in edx).
 * The layout of jmp_buf is documented in include/setjmp.h.  A second
 * argument (sigsetjmp's savemask, or the frame pointer Clang passes to
 * _setjmp on Windows targets) is ignored: there are no signal masks and no
 * SEH frames to unwind. */
	.text
	.globl setjmp, _setjmp, sigsetjmp
	.globl longjmp, _longjmp, siglongjmp
	.p2align 4
setjmp:
_setjmp:
sigsetjmp:
	movq %rbx, 0(%rcx)
	movq %rbp, 8(%rcx)
	movq %rdi, 16(%rcx)
	movq %rsi, 24(%rcx)
	movq %r12, 32(%rcx)
	movq %r13, 40(%rcx)
	movq %r14, 48(%rcx)
	movq %r15, 56(%rcx)
	leaq 8(%rsp), %rdx          /* the stack pointer once we have returned */
	movq %rdx, 64(%rcx)
	movq (%rsp), %rdx           /* where we return to */
	movq %rdx, 72(%rcx)
	stmxcsr 80(%rcx)
	fnstcw 84(%rcx)
	movdqu %xmm6, 96(%rcx)
	movdqu %xmm7, 112(%rcx)
	movdqu %xmm8, 128(%rcx)
	movdqu %xmm9, 144(%rcx)
	movdqu %xmm10, 160(%rcx)
	movdqu %xmm11, 176(%rcx)
	movdqu %xmm12, 192(%rcx)
	movdqu %xmm13, 208(%rcx)
	movdqu %xmm14, 224(%rcx)
	movdqu %xmm15, 240(%rcx)
	xorl %eax, %eax
	ret

	.p2align 4
longjmp:
_longjmp:
siglongjmp:
	/* setjmp returns val, or 1 when val is 0. */
	movl %edx, %eax
	cmpl $1, %eax
	adcl $0, %eax
	movq 0(%rcx), %rbx
	movq 8(%rcx), %rbp
	movq 16(%rcx), %rdi
	movq 24(%rcx), %rsi
	movq 32(%rcx), %r12
	movq 40(%rcx), %r13
	movq 48(%rcx), %r14
	movq 56(%rcx), %r15
	/* MXCSR: control bits from setjmp time, exception flags (bits 0-5)
	 * as they are now.  Built in the red zone below rsp is not allowed
	 * (interrupts may use it on UEFI), so in the buffer's padding. */
	stmxcsr 88(%rcx)
	movl 88(%rcx), %edx
	andl $0x3f, %edx
	movl 80(%rcx), %r8d
	andl $~0x3f, %r8d
	orl %r8d, %edx
	movl %edx, 88(%rcx)
	ldmxcsr 88(%rcx)
	fldcw 84(%rcx)
	movdqu 96(%rcx), %xmm6
	movdqu 112(%rcx), %xmm7
	movdqu 128(%rcx), %xmm8
	movdqu 144(%rcx), %xmm9
	movdqu 160(%rcx), %xmm10
	movdqu 176(%rcx), %xmm11
	movdqu 192(%rcx), %xmm12
	movdqu 208(%rcx), %xmm13
	movdqu 224(%rcx), %xmm14
	movdqu 240(%rcx), %xmm15
	movq 64(%rcx), %rsp
	jmpq *72(%rcx)
