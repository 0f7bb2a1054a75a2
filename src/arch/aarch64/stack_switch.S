/* __arch_run_on_stack(top, fn, arg, old): stores the stack pointer in *old
 * (when old is not NULL), moves it to top (rounded down to 16 bytes, as
 * AAPCS64 requires of sp) and calls fn(arg) there, with a zero frame
 * pointer (the end of the frame chain).  fn never returns. */
	.text
	.globl __arch_run_on_stack
	.p2align 4
__arch_run_on_stack:
	cbz x3, 1f
	mov x16, sp
	str x16, [x3]
1:	and x16, x0, #~15
	mov sp, x16
	mov x29, #0
	mov x0, x2
	blr x1
	brk #0x3e8
