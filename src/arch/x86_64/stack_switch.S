/* __arch_run_on_stack(top, fn, arg, old): stores the stack pointer in *old
 * (when old is not NULL), moves it to top (rounded down to 16 bytes, with
 * the 32-byte home area the MS x64 ABI gives every callee) and calls
 * fn(arg) there.  fn never returns. */
	.text
	.globl __arch_run_on_stack
	.p2align 4
__arch_run_on_stack:
	testq %r9, %r9
	jz 1f
	movq %rsp, (%r9)
1:	andq $-16, %rcx
	leaq -32(%rcx), %rsp
	movq %r8, %rcx
	callq *%rdx
	ud2
