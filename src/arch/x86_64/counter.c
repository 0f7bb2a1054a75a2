#include "../../internal/arch.h"

/* The time-stamp counter.  lfence keeps rdtsc from being executed ahead of
 * the instructions before it, so a reading taken after some work is not
 * taken before it. */
unsigned long long __arch_counter(void)
{
	unsigned lo, hi;
	__asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return (unsigned long long)hi << 32 | lo;
}

/* The TSC's rate is not stated everywhere (CPUID leaf 0x15 gives it on
 * some CPUs only): the platform layer calibrates it. */
unsigned long long __arch_counter_hz(void)
{
	return 0;
}
