/* aarch64: the inline pieces of src/internal/arch.h (included from there). */
#ifndef __ARCH_AARCH64_ARCH_INLINE_H
#define __ARCH_AARCH64_ARCH_INLINE_H

/* fcvt writes its whole register: no false dependency to break. */
static inline __attribute__((always_inline)) double __arch_f2d_insn(float x) { return x; }

/* __arch_sqrt inline, for the math fast paths (fsqrt: correctly rounded in
 * the current mode, as __arch_sqrt). */
static inline __attribute__((always_inline)) double __arch_sqrt_insn(double x)
{
	__asm__("fsqrt %d0, %d1" : "=w"(x) : "w"(x));
	return x;
}

/* Rounding to an integer in one instruction (FRINT*, ARMv8.0): the
 * portable code's bit clearing (src/internal/round_to_int.h) and rint's
 * addition of 2^52 (src/math/rint.c) took 18 and 24 instructions.  Exact
 * IEEE 754 roundToIntegral operations: a NaN comes out quiet (invalid for
 * a signaling one), the sign of zero is kept, and only frintx raises
 * inexact.  frintm floor, frintp ceil, frintz trunc, frinta round (ties
 * away from zero); frintx rint and frinti nearbyint in the current mode:
 * volatile, so that they stay between the fesetround calls around them. */
#define __ARCH_HAS_FRINT 1
#define __ARCH_FRINT(name, insn) \
	static inline __attribute__((always_inline)) double name(double x) \
	{ __asm__(insn " %d0, %d1" : "=w"(x) : "w"(x)); return x; }
#define __ARCH_FRINT_MODE(name, insn, type, reg) \
	static inline __attribute__((always_inline)) type name(type x) \
	{ __asm__ volatile(insn " %" reg "0, %" reg "1" : "=w"(x) : "w"(x)); return x; }
__ARCH_FRINT(__arch_floor_insn, "frintm")
__ARCH_FRINT(__arch_ceil_insn, "frintp")
__ARCH_FRINT(__arch_trunc_insn, "frintz")
__ARCH_FRINT(__arch_round_insn, "frinta")
__ARCH_FRINT_MODE(__arch_rint_insn, "frintx", double, "d")
__ARCH_FRINT_MODE(__arch_rintf_insn, "frintx", float, "s")
__ARCH_FRINT_MODE(__arch_nearbyint_insn, "frinti", double, "d")
__ARCH_FRINT_MODE(__arch_nearbyintf_insn, "frinti", float, "s")
#undef __ARCH_FRINT
#undef __ARCH_FRINT_MODE

#endif
