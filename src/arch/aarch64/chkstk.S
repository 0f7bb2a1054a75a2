/* The stack probe: Clang's Windows Arm64 target calls it, with the frame
 * size in 16-byte units in x15, before allocating a frame of at least the
 * probe size (programs are compiled with -mstack-probe-size=1, so that
 * every function with a frame calls it: docs/abi.md, "The stack"); the
 * caller then subtracts x15 * 16 from sp itself.  It changes no register
 * but x16, x17 (the intra-procedure-call scratch registers, which LLVM
 * assumes clobbered by this call, with the flags) and the flags.
 *
 * It does what src/arch/x86_64/chkstk.S does: UEFI stacks are committed
 * memory, so there is nothing to touch; it checks the new frame against
 * the stack's limit, __uefi_stack_limit (0 while the program runs on the
 * firmware's stack: every frame passes), unless the caller runs on a stack
 * below ours (__uefi_stack_base: a function of ours that another image, or
 * the firmware, calls on its own stack), and hands an overflow to
 * __uefi_stack_overflow (src/uefi/stack.c), before the frame exists. */
	.text
	.globl __chkstk
	.p2align 4
__chkstk:
	mov x16, sp                 /* sp at the call */
	adrp x17, __uefi_stack_base
	ldr x17, [x17, :lo12:__uefi_stack_base]
	cmp x16, x17
	b.lo 2f                     /* on a stack below ours: another's, not checked */
	subs x16, x16, x15, lsl #4  /* sp once the frame is allocated */
	b.lo 1f                     /* below address 0 */
	adrp x17, __uefi_stack_limit
	ldr x17, [x17, :lo12:__uefi_stack_limit]
	cmp x16, x17
	b.lo 1f
2:	ret
1:	b __uefi_stack_overflow
