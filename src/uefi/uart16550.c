/* A 16550 UART driven by port I/O: the serial console after
 * ExitBootServices.  Polled, no interrupts, every wait bounded. */
#include "../internal/arch.h"
#include "uefi_impl.h"

enum { THR = 0, DLL = 0, IER = 1, DLM = 1, FCR = 2, LCR = 3, MCR = 4, LSR = 5, SCR = 7 };
#define LSR_THRE 0x20
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define FCR_ENABLE_CLEAR 0x07       /* FIFOs on, both cleared */
#define MCR_DTR_RTS 0x03
#define UART_CLOCK_DIV16 115200u    /* 1.8432 MHz / 16 */

/* Polls of LSR before a byte is given up: a legacy port read takes about a
 * microsecond, so this is some 0.1 s, longer than a byte takes at 300 baud. */
#define THRE_POLLS 100000

static void out(unsigned short base, int reg, unsigned char v)
{
	__arch_outb((unsigned short)(base + reg), v);
}

static unsigned char in(unsigned short base, int reg)
{
	return __arch_inb((unsigned short)(base + reg));
}

int __uart16550_init(unsigned short base, unsigned baud)
{
	/* An empty port reads back a constant (0xFF on a PC): a UART's scratch
	 * register holds both patterns. */
	out(base, SCR, 0x5A);
	if (in(base, SCR) != 0x5A)
		return -1;
	out(base, SCR, 0xA5);
	if (in(base, SCR) != 0xA5)
		return -1;
	unsigned div = (UART_CLOCK_DIV16 + baud / 2) / baud;
	if (!div)
		div = 1;
	out(base, IER, 0);
	out(base, LCR, LCR_DLAB);
	out(base, DLL, (unsigned char)div);
	out(base, DLM, (unsigned char)(div >> 8));
	out(base, LCR, LCR_8N1);
	out(base, FCR, FCR_ENABLE_CLEAR);
	out(base, MCR, MCR_DTR_RTS);
	return 0;
}

int __uart16550_putc(unsigned short base, unsigned char c)
{
	for (int i = 0; i < THRE_POLLS; i++) {
		if (in(base, LSR) & LSR_THRE) {
			out(base, THR, c);
			return 0;
		}
	}
	return -1;
}
