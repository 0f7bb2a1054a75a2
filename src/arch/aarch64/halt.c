#include "../../internal/arch.h"

_Noreturn void __arch_halt(void)
{
	for (;;)
		__asm__ volatile("msr daifset, #0xf; wfi");
}
