/* What must be written per CPU architecture (src/arch/<arch>/). */
#ifndef __INTERNAL_ARCH_H
#define __INTERNAL_ARCH_H

/* Stops the CPU for good: interrupts off, halted. */
_Noreturn void __arch_halt(void);

/* Stores the stack pointer in *old (unless old is NULL), moves it to top
 * (rounded down to 16 bytes) and calls fn(arg) there; fn must not return. */
_Noreturn void __arch_run_on_stack(void *top, void (*fn)(void *), void *arg, void **old);

/* A counter that counts up at a constant rate (x86_64: the time-stamp
 * counter; aarch64: the generic timer's virtual count).  Needs no firmware.
 * __arch_counter_hz() is its rate where the architecture states it
 * (aarch64: CNTFRQ_EL0, set by the firmware), or 0 where the platform layer
 * must calibrate it (x86_64). */
unsigned long long __arch_counter(void);
unsigned long long __arch_counter_hz(void);
/* Square root by the CPU's instruction: correctly rounded in the current
 * rounding mode, no errno (the math code adds that).  <fenv.h> is also
 * written per architecture, whole (src/arch/x86_64/fenv.c). */
double __arch_sqrt(double x);
float __arch_sqrtf(float x);
/* __arch_sqrt_insn(x): __arch_sqrt inline where the architecture has the
 * instruction (the math fast paths), else the call.
 * __arch_f2d(x): (double)x, without waiting for the previous value of the
 * register it writes (src/arch/x86_64/arch_inline.h says why). */
#if defined(__x86_64__)
#include "../arch/x86_64/arch_inline.h"
#elif defined(__aarch64__)
/* (and __ARCH_HAS_FRINT: floor, ceil, trunc, round, rint and nearbyint
 * as one instruction each, __arch_floor_insn ... __arch_nearbyintf_insn;
 * without it the portable code in round_to_int.h and rint.c) */
#include "../arch/aarch64/arch_inline.h"
#else
static inline double __arch_f2d_insn(float x) { return x; }
static inline double __arch_sqrt_insn(double x) { return __arch_sqrt(x); }
#endif
/* only for a float: a double argument is a compile-time error */
#define __arch_f2d(x) _Generic((x), float: __arch_f2d_insn)(x)
/* I/O port access, for the consoles that outlive ExitBootServices (a 16550
 * UART, QEMU's debugcon).  __ARCH_HAS_PORT_IO says whether the CPU has an
 * I/O port space at all; without one these are never called. */
#if defined(__x86_64__) || defined(__i386__)
#define __ARCH_HAS_PORT_IO 1
#else
#define __ARCH_HAS_PORT_IO 0
#endif
void __arch_outb(unsigned short port, unsigned char v);
unsigned char __arch_inb(unsigned short port);
/* 64 bits from the CPU's random number generator (x86_64: RDRAND, retried
 * as Intel advises; aarch64: RNDR): 0, or -1 when the CPU has none or it keeps failing.
 * Needs no firmware. */
int __arch_random(unsigned long long *v);
/* Its name, as uefi_entropy_source() reports it: "RDRAND" on x86_64,
 * "RNDR" on aarch64. */
extern const char __arch_random_name[];

#endif
