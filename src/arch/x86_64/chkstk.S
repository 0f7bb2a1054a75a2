/* __chkstk: Clang's Windows target calls it, with the frame size in rax,
 * before allocating a frame larger than a page.  Its job on Windows is to
 * touch each page so that guard pages grow the stack; UEFI stacks are
 * committed memory with no guard pages, so there is nothing to touch.  It
 * must preserve every register, which a bare return does. */
	.text
	.globl __chkstk
	.p2align 4
__chkstk:
	ret
