/* What must be written per CPU architecture (src/arch/<arch>/). */
#ifndef __INTERNAL_ARCH_H
#define __INTERNAL_ARCH_H

/* Stops the CPU for good: interrupts off, halted. */
_Noreturn void __arch_halt(void);

/* A counter that counts up at a constant rate, which the platform layer
 * calibrates (x86_64: the time-stamp counter).  Needs no firmware. */
unsigned long long __arch_counter(void);
/* Square root by the CPU's instruction: correctly rounded in the current
 * rounding mode, no errno (the math code adds that).  <fenv.h> is also
 * written per architecture, whole (src/arch/x86_64/fenv.c). */
double __arch_sqrt(double x);
float __arch_sqrtf(float x);

#endif
