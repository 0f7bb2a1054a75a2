#include "../../internal/arch.h"

/* The generic timer's virtual count.  isb keeps the read from being taken
 * ahead of the instructions before it, so a reading taken after some work
 * is not taken before it. */
unsigned long long __arch_counter(void)
{
	unsigned long long v;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) : : "memory");
	return v;
}

/* The generic timer's frequency, which the firmware programs into
 * CNTFRQ_EL0 before it starts any image (the Arm ARM's generic timer: readable at EL0
 * and EL1; the count is architecturally at that rate).  0 when a firmware
 * left it unset: the platform layer then calibrates as on x86_64. */
unsigned long long __arch_counter_hz(void)
{
	unsigned long long f;
	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(f));
	return f & 0xffffffffULL;
}
