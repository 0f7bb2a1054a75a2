/* The counter reading at start-up, which clock() counts from.  Apart from
 * time.c, so that start-up (env.c) links only this, not the clocks and their
 * floating-point calibration, into programs that never ask the time. */
#include "../internal/arch.h"
#include "uefi_impl.h"

unsigned long long __uefi_start_tick;

void __uefi_time_init(void)
{
	__uefi_start_tick = __arch_counter();
}
