/* The console after ExitBootServices: a sink the program chose (a UART by
 * port I/O or MMIO, or QEMU's debugcon), entered on the first write once
 * the guard has tripped. */
#include <errno.h>
#include <uefi/console.h>
#include "../internal/arch.h"
#include "../internal/sys.h"
#include "../internal/uart.h"
#include "uefi_impl.h"

static struct uefi_console_uart sink;
/* 0: not yet set up; 1: ready; -1: failed (every write fails with EIO). */
static int state;

int uefi_console_set(const struct uefi_console_uart *u)
{
	struct uefi_console_uart ok;
	int e = __uart_check(u, &ok, __ARCH_HAS_PORT_IO);
	if (e) {
		errno = e;
		return -1;
	}
	sink = ok;
	__uefi_console_sink = ok.sink == UEFI_CONSOLE_NONE ? 0 : __uefi_console_after_exit_write;
	state = 0;
	return 0;
}

int uefi_console_after_exit(enum uefi_console_sink s, unsigned p, unsigned b)
{
	struct uefi_console_uart u = { .sink = s, .base = p, .baud = b };
	if (s == UEFI_CONSOLE_AUTO) {
		if (p || b) {
			errno = EINVAL;
			return -1;
		}
		if (uefi_console_find(&u))
			return -1;
		return uefi_console_set(&u);
	}
	if ((s != UEFI_CONSOLE_NONE && s != UEFI_CONSOLE_SERIAL && s != UEFI_CONSOLE_DEBUGCON) ||
	    p > 0xFFFF || b > 115200) {
		errno = EINVAL;
		return -1;
	}
	if (s == UEFI_CONSOLE_SERIAL && !b)
		u.baud = 115200;
	if (s != UEFI_CONSOLE_SERIAL)
		u.baud = 0;   /* ignored by NONE and DEBUGCON, as it always was */
	return uefi_console_set(&u);
}

long __uefi_console_after_exit_write(int fd, const void *buf, size_t len)
{
	if (sink.sink == UEFI_CONSOLE_NONE || state < 0) {
		errno = EIO;
		return -1;
	}
	if (fd != 1 && fd != 2) {
		errno = EBADF;
		return -1;
	}
	const unsigned char *s = buf;
#if __ARCH_HAS_PORT_IO
	if (sink.sink == UEFI_CONSOLE_DEBUGCON) {
		for (size_t i = 0; i < len; i++)
			__arch_outb((unsigned short)sink.base, s[i]);
		return (long)len;
	}
#endif
	if (!state)
		state = __uart_init(&sink) ? -1 : 1;
	for (size_t i = 0; i < len && state > 0; i++) {
		if ((s[i] == '\n' && __uart_putc(&sink, '\r')) || __uart_putc(&sink, s[i]))
			state = -1;
	}
	if (state < 0) {
		errno = EIO;
		return -1;
	}
	return (long)len;
}
