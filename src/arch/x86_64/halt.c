#include "../../internal/arch.h"

_Noreturn void __arch_halt(void)
{
	for (;;)
		__asm__ volatile("cli; hlt");
}
