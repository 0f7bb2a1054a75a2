/* The checks and defaults of a console sink description (uefi_console_set). */
#include <errno.h>
#include <stdint.h>
#include <uefi/console.h>
#include "../internal/uart.h"

#define CLOCK_16550_PC 1843200u

int __uart_check(const struct uefi_console_uart *in, struct uefi_console_uart *out, int port_io)
{
	if (!in)
		return EINVAL;
	struct uefi_console_uart u = *in;
	switch (u.sink) {
	case UEFI_CONSOLE_NONE:
		u = (struct uefi_console_uart){ 0 };
		break;
	case UEFI_CONSOLE_SERIAL:
	case UEFI_CONSOLE_DEBUGCON:
		if (u.reg_shift || (u.reg_width && u.reg_width != 1))
			return EINVAL;
		u.reg_width = 1;
		if (!u.base)
			u.base = u.sink == UEFI_CONSOLE_SERIAL ? UEFI_COM1 : UEFI_DEBUGCON_PORT;
		/* the 16550's eight registers must all be ports */
		if (u.base > (u.sink == UEFI_CONSOLE_SERIAL ? 0xFFF8u : 0xFFFFu))
			return EINVAL;
		if (u.sink == UEFI_CONSOLE_DEBUGCON) {
			if (u.baud || u.clock)
				return EINVAL;
		} else {
			if (!u.clock)
				u.clock = CLOCK_16550_PC;
			if (u.baud && !__uart_div16550(u.clock, u.baud))
				return EINVAL;
		}
		if (!port_io)
			return ENOTSUP;
		break;
	case UEFI_CONSOLE_16550_MMIO:
		if (!u.reg_width)
			u.reg_width = 1;
		if (u.reg_width != 1 && u.reg_width != 2 && u.reg_width != 4)
			return EINVAL;
		if (u.reg_shift > 4)
			return EINVAL;
		if (!u.base || u.base % u.reg_width || u.base > UINTPTR_MAX - (7u << u.reg_shift) - 3)
			return EINVAL;
		if (u.baud && (!u.clock || !__uart_div16550(u.clock, u.baud)))
			return EINVAL;
		break;
	case UEFI_CONSOLE_PL011:
	case UEFI_CONSOLE_SBSA:
		if (u.reg_shift || (u.reg_width && u.reg_width != 4))
			return EINVAL;
		u.reg_width = 4;
		if (!u.base || u.base % 4 || u.base > UINTPTR_MAX - 0xFFF)
			return EINVAL;
		if (u.sink == UEFI_CONSOLE_SBSA && u.baud)
			return EINVAL;
		if (u.baud && (!u.clock || !__uart_divpl011(u.clock, u.baud)))
			return EINVAL;
		break;
	default:
		return EINVAL;
	}
	*out = u;
	return 0;
}
