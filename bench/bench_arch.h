/* What the firmware benchmarks need from the CPU, for each architecture:
 *   cycles()         a counter read in order with the code around it:
 *                    x86_64 the TSC (lfence; rdtsc); aarch64 the generic
 *                    timer's virtual count (isb; CNTVCT_EL0), which runs at
 *                    CNTFRQ_EL0 (62.5 MHz on QEMU's virt), coarser than the
 *                    TSC but the same for every contender, and the figures
 *                    that matter are ratios measured side by side.
 *   bench_qemu_exit(status)   ends QEMU with status (status << 1) | 1:
 *                    x86_64 isa-debug-exit (port 0xf4), aarch64 semihosting
 *                    SYS_EXIT (tests/uefi/qemu-run.sh enables both). */
#ifndef BENCH_ARCH_H
#define BENCH_ARCH_H
#include <stdint.h>

#if defined(__x86_64__)
#define BENCH_COUNTER "rdtsc"
static inline uint64_t cycles(void)
{
	uint32_t lo, hi;
	__asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

static inline void bench_qemu_exit(uint8_t status)
{
	__asm__ volatile("outb %0, %1" : : "a"(status), "Nd"((uint16_t)0xf4));
}
#elif defined(__aarch64__)
#define BENCH_COUNTER "CNTVCT_EL0"
static inline uint64_t cycles(void)
{
	uint64_t v;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) : : "memory");
	return v;
}

static inline void bench_qemu_exit(uint8_t status)
{
	/* SYS_EXIT (0x18) with { ADP_Stopped_ApplicationExit, code }. */
	static uint64_t block[2];
	block[0] = 0x20026;
	block[1] = ((uint64_t)status << 1) | 1;
	register uint64_t x0 __asm__("x0") = 0x18;
	register const void *x1 __asm__("x1") = block;
	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
}
#else
#error "bench_arch.h: no counter for this architecture"
#endif

#endif
