/* What must be written per CPU architecture (src/arch/<arch>/). */
#ifndef __INTERNAL_ARCH_H
#define __INTERNAL_ARCH_H

/* Stops the CPU for good: interrupts off, halted. */
_Noreturn void __arch_halt(void);

#endif
