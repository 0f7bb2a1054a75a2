/* What must be written per CPU architecture (src/arch/<arch>/). */
#ifndef __INTERNAL_ARCH_H
#define __INTERNAL_ARCH_H

/* Stops the CPU for good: interrupts off, halted. */
_Noreturn void __arch_halt(void);

/* A counter that counts up at a constant rate, which the platform layer
 * calibrates (x86_64: the time-stamp counter).  Needs no firmware. */
unsigned long long __arch_counter(void);

#endif
