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
