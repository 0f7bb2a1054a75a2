/* Arm has no I/O port space: __ARCH_HAS_PORT_IO is 0, so the consoles that
 * would use a port (src/uefi/uart16550.c, debugcon) refuse one before
 * calling these.  They exist so that those files link; a write goes
 * nowhere and a read sees what an absent device answers (all ones). */
#include "../../internal/arch.h"

void __arch_outb(unsigned short port, unsigned char v)
{
	(void)port;
	(void)v;
}

unsigned char __arch_inb(unsigned short port)
{
	(void)port;
	return 0xff;
}
