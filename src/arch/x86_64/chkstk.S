/* The stack probe: Clang calls it, with the frame size in rax, before
 * allocating a frame of at least the probe size (4096 bytes by default;
 * programs are compiled with -mstack-probe-size=1, so that every function
 * with a frame calls it: docs/abi.md, "The stack").  MSVC's environment
 * names it __chkstk, the GNU one ___chkstk_ms; on x86_64 both leave rsp
 * alone, and this one changes no register but r10 and the flags (LLVM
 * assumes r10, r11 and the flags clobbered).
 *
 * UEFI stacks are committed memory: there is nothing to touch.  What it
 * does is check the new frame against the stack's limit,
 * __uefi_stack_limit (0 while the program runs on the firmware's stack:
 * every frame passes), unless the caller runs on a stack below ours
 * (__uefi_stack_base: a function of ours that another image, or the
 * firmware, calls on its own stack), and hand an overflow to __uefi_stack_overflow, which
 * ends the program with a message on another stack (src/uefi/stack.c),
 * before the frame exists. */
	.text
	.globl __chkstk, ___chkstk_ms
	.p2align 4
__chkstk:
___chkstk_ms:
	leaq 8(%rsp), %r10          /* rsp at the call */
	cmpq __uefi_stack_base(%rip), %r10
	jb 2f                       /* on a stack below ours: another's, not checked */
	subq %rax, %r10             /* rsp once the frame is allocated */
	jb 1f                       /* below address 0 */
	cmpq __uefi_stack_limit(%rip), %r10
	jb 1f
2:	ret
1:	jmp __uefi_stack_overflow
