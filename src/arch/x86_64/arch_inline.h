/* x86_64: the inline pieces of src/internal/arch.h (included from there). */
#ifndef __ARCH_X86_64_ARCH_INLINE_H
#define __ARCH_X86_64_ARCH_INLINE_H

/* float to double without a false dependency.  cvtss2sd (like cvtsi2sd
 * and sqrtsd) writes only the low half of its destination register, so it
 * waits for whatever wrote that register last.  At a function's entry
 * clang picks a register the function has not written and does not zero
 * it first (it assumes the caller wrote it long ago); in a caller's loop
 * such as s += logf(a[i]) that register held the running sum, so each call
 * waited for the previous one to finish instead of overlapping it (logf
 * took 19 ns per call in such a loop instead of 6).  xorps first: a
 * zeroing idiom, handled at register renaming, with no dependency. */
static inline __attribute__((always_inline)) double __arch_f2d_insn(float x)
{
	double d;
	__asm__("xorps %0, %0\n\tcvtss2sd %1, %0" : "=&x"(d) : "x"(x));
	return d;
}

/* __arch_sqrt inline, for the math code's fast paths: a call to the
 * out-of-line one costs more than the instruction (every live xmm register
 * is caller-saved, so the caller spills them around it).  One register in
 * and out, so sqrtsd waits only for x itself. */
static inline __attribute__((always_inline)) double __arch_sqrt_insn(double x)
{
	__asm__("sqrtsd %0, %0" : "+x"(x));
	return x;
}

#endif
