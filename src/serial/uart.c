/* The UARTs of the console after ExitBootServices: a 16550 by port I/O or
 * MMIO, a PL011, an SBSA generic UART.  Polled, no interrupts, every wait
 * bounded. */
#include <stdint.h>
#include <uefi/console.h>
#include "../internal/arch.h"
#include "../internal/mmio.h"
#include "../internal/uart.h"

/* Polls of a status register before a byte is given up: a device register
 * read takes about a microsecond or less, so this is 0.1 s or less, longer
 * than a byte takes at 300 baud.  (A port read on a PC is about 1 us.) */
#define POLLS 100000

/* ---- 16550 ---- */
enum { THR = 0, DLL = 0, IER = 1, DLM = 1, FCR = 2, LCR = 3, MCR = 4, LSR = 5, SCR = 7 };
#define LSR_THRE 0x20
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define FCR_ENABLE_CLEAR 0x07       /* FIFOs on, both cleared */
#define MCR_DTR_RTS 0x03

static void out16550(const struct uefi_console_uart *u, int reg, unsigned char v)
{
#if __ARCH_HAS_PORT_IO
	if (u->sink == UEFI_CONSOLE_SERIAL) {
		__arch_outb((unsigned short)(u->base + reg), v);
		return;
	}
#endif
	__mmio_write((uintptr_t)u->base + ((uintptr_t)reg << u->reg_shift), u->reg_width, v);
}

static unsigned char in16550(const struct uefi_console_uart *u, int reg)
{
#if __ARCH_HAS_PORT_IO
	if (u->sink == UEFI_CONSOLE_SERIAL)
		return __arch_inb((unsigned short)(u->base + reg));
#endif
	return (unsigned char)__mmio_read((uintptr_t)u->base + ((uintptr_t)reg << u->reg_shift), u->reg_width);
}

static int init16550(const struct uefi_console_uart *u)
{
	/* An empty port or bus reads back a constant (0xFF on a PC): a
	 * UART's scratch register holds both patterns. */
	out16550(u, SCR, 0x5A);
	if (in16550(u, SCR) != 0x5A)
		return -1;
	out16550(u, SCR, 0xA5);
	if (in16550(u, SCR) != 0xA5)
		return -1;
	if (!u->baud)
		return 0;
	unsigned div = __uart_div16550(u->clock, u->baud);
	if (!div)
		return -1;
	out16550(u, IER, 0);
	out16550(u, LCR, LCR_DLAB);
	out16550(u, DLL, (unsigned char)div);
	out16550(u, DLM, (unsigned char)(div >> 8));
	out16550(u, LCR, LCR_8N1);
	out16550(u, FCR, FCR_ENABLE_CLEAR);
	out16550(u, MCR, MCR_DTR_RTS);
	return 0;
}

static int putc16550(const struct uefi_console_uart *u, unsigned char c)
{
	for (int i = 0; i < POLLS; i++) {
		if (in16550(u, LSR) & LSR_THRE) {
			out16550(u, THR, c);
			return 0;
		}
	}
	return -1;
}

/* ---- PL011 and SBSA generic UART ---- */
enum { DR = 0x00, FR = 0x18, IBRD = 0x24, FBRD = 0x28, LCR_H = 0x2C, CR = 0x30, IMSC = 0x38,
       PCELLID0 = 0xFF0 };
#define FR_BUSY 0x08
#define FR_TXFF 0x20
#define LCRH_WLEN8_FEN 0x70         /* 8 bits, FIFOs on, no parity, 1 stop bit */
#define CR_UARTEN 0x001
#define CR_TXE 0x100
#define CR_RXE 0x200

static unsigned rd011(const struct uefi_console_uart *u, unsigned reg)
{
	return __mmio_read((uintptr_t)u->base + reg, 4);
}

static void wr011(const struct uefi_console_uart *u, unsigned reg, unsigned v)
{
	__mmio_write((uintptr_t)u->base + reg, 4, v);
}

static int init011(const struct uefi_console_uart *u)
{
	if (u->sink == UEFI_CONSOLE_SBSA)
		return rd011(u, FR) == 0xFFFFFFFFu ? -1 : 0;   /* nothing there reads all ones */
	/* The PrimeCell identification: 0D F0 05 B1 in the low bytes of four
	 * registers. */
	static const unsigned char id[4] = { 0x0D, 0xF0, 0x05, 0xB1 };
	for (unsigned i = 0; i < 4; i++)
		if ((rd011(u, PCELLID0 + 4 * i) & 0xFF) != id[i])
			return -1;
	unsigned cr = rd011(u, CR);
	if (!u->baud) {
		if ((cr & (CR_UARTEN | CR_TXE)) != (CR_UARTEN | CR_TXE))
			wr011(u, CR, cr | CR_UARTEN | CR_TXE);
		return 0;
	}
	unsigned div = __uart_divpl011(u->clock, u->baud);
	if (!div)
		return -1;
	/* The rate may change only while the UART is off and idle. */
	wr011(u, CR, 0);
	for (int i = 0; i < POLLS && (rd011(u, FR) & FR_BUSY); i++)
		;
	wr011(u, IMSC, 0);
	wr011(u, IBRD, div >> 6);
	wr011(u, FBRD, div & 63);
	wr011(u, LCR_H, LCRH_WLEN8_FEN);   /* a write of LCR_H latches the rate */
	wr011(u, CR, CR_UARTEN | CR_TXE | CR_RXE);
	return 0;
}

static int putc011(const struct uefi_console_uart *u, unsigned char c)
{
	for (int i = 0; i < POLLS; i++) {
		if (!(rd011(u, FR) & FR_TXFF)) {
			wr011(u, DR, c);
			return 0;
		}
	}
	return -1;
}

int __uart_init(const struct uefi_console_uart *u)
{
	switch (u->sink) {
	case UEFI_CONSOLE_SERIAL:
	case UEFI_CONSOLE_16550_MMIO:
		return init16550(u);
	case UEFI_CONSOLE_PL011:
	case UEFI_CONSOLE_SBSA:
		return init011(u);
	default:
		return -1;
	}
}

int __uart_putc(const struct uefi_console_uart *u, unsigned char c)
{
	switch (u->sink) {
	case UEFI_CONSOLE_SERIAL:
	case UEFI_CONSOLE_16550_MMIO:
		return putc16550(u, c);
	case UEFI_CONSOLE_PL011:
	case UEFI_CONSOLE_SBSA:
		return putc011(u, c);
	default:
		return -1;
	}
}
