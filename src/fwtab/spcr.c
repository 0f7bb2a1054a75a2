/* The Serial Port Console Redirection table (Microsoft's SPCR, revisions 1
 * to 4): the UART the firmware's console uses. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <uefi/console.h>
#include "../internal/fwtab.h"
#include "../internal/uart.h"

/* Offsets in the table (after the 36-byte header). */
enum { LENGTH = 4, REVISION = 8, IFTYPE = 36, GAS = 40, BAUD = 58, CLOCK = 76, PRECISE_BAUD = 80 };
#define SPCR_MIN 80   /* revisions 1 to 3 */

/* Interface types (the DBG2 serial subtypes) */
#define IF_16550 0x00
#define IF_16450 0x01          /* a 16550 subset: the registers used here are there */
#define IF_PL011 0x03
#define IF_SBSA32 0x0D         /* SBSA generic UART, 32-bit accesses only */
#define IF_SBSA 0x0E
#define IF_16550_GAS 0x12      /* 16550, register width and stride from the GAS */

#define CLOCK_16550_PC 1843200u

static uint32_t le32(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int __spcr_parse(const void *table, size_t len, struct uefi_console_uart *out)
{
	const unsigned char *t = table;
	if (!t || len < SPCR_MIN || memcmp(t, "SPCR", 4))
		return EINVAL;
	uint32_t n = le32(t + LENGTH);
	if (n < SPCR_MIN || n > len)
		return EINVAL;
	unsigned char sum = 0;
	for (uint32_t i = 0; i < n; i++)
		sum += t[i];
	if (sum)
		return EINVAL;
	unsigned rev = t[REVISION];
	unsigned space = t[GAS], bits = t[GAS + 1], access = t[GAS + 3];
	uint64_t addr = le32(t + GAS + 4) | (uint64_t)le32(t + GAS + 8) << 32;
	if (!addr)
		return ENODEV;
	if (space != 0 && space != 1)   /* system memory, system I/O */
		return ENOTSUP;
	struct uefi_console_uart u = { .base = addr, .source = UEFI_CONSOLE_FROM_SPCR };
	switch (t[IFTYPE]) {
	case IF_16550:
	case IF_16450:
	case IF_16550_GAS:
		if (space == 1) {
			if (addr > 0xFFF8)
				return ENOTSUP;
			u.sink = UEFI_CONSOLE_SERIAL;
			break;
		}
		u.sink = UEFI_CONSOLE_16550_MMIO;
		/* Registers as wide as the GAS's bit width (else its access
		 * size), one register per that many bytes. */
		unsigned w = bits == 8 || bits == 16 || bits == 32 ? bits / 8
		           : access >= 1 && access <= 3 ? 1u << (access - 1) : bits ? 0 : 1;
		if (!w)
			return ENOTSUP;
		u.reg_width = (unsigned char)w;
		u.reg_shift = (unsigned char)(w == 4 ? 2 : w == 2 ? 1 : 0);
		break;
	case IF_PL011:
	case IF_SBSA32:
	case IF_SBSA:
		if (space != 0)
			return ENOTSUP;
		u.sink = t[IFTYPE] == IF_PL011 ? UEFI_CONSOLE_PL011 : UEFI_CONSOLE_SBSA;
		u.reg_width = 4;
		break;
	default:
		return ENOTSUP;
	}
	if (rev >= 3)
		u.clock = le32(t + CLOCK);
	if (u.sink == UEFI_CONSOLE_SERIAL && !u.clock)
		u.clock = CLOCK_16550_PC;
	static const unsigned rates[8] = { 0, 0, 0, 9600, 19200, 0, 57600, 115200 };
	unsigned baud = t[BAUD] < 8 ? rates[t[BAUD]] : 0;
	if (rev >= 4 && n >= PRECISE_BAUD + 4 && le32(t + PRECISE_BAUD))
		baud = le32(t + PRECISE_BAUD);
	/* A rate is of use only with the clock that makes it; an SBSA UART's
	 * rate is the firmware's to set. */
	if (u.clock && u.sink != UEFI_CONSOLE_SBSA)
		u.baud = baud;
	/* a rate the clock cannot make: keep the firmware's */
	struct uefi_console_uart ok;
	if (u.baud && __uart_check(&u, &ok, 1))
		u.baud = 0;
	if (__uart_check(&u, &ok, 1))
		return ENOTSUP;
	*out = u;
	return 0;
}
