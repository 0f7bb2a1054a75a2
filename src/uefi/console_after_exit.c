/* The console after ExitBootServices: a sink the program chose, reached by
 * port I/O, entered on the first write once the guard has tripped. */
#include <errno.h>
#include <uefi/console.h>
#include "../internal/arch.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

static enum uefi_console_sink sink = UEFI_CONSOLE_NONE;
static unsigned short port;
static unsigned baud;
/* 0: not yet set up; 1: ready; -1: failed (every write fails with EIO). */
static int state;

int uefi_console_after_exit(enum uefi_console_sink s, unsigned p, unsigned b)
{
	if ((s != UEFI_CONSOLE_NONE && s != UEFI_CONSOLE_SERIAL && s != UEFI_CONSOLE_DEBUGCON) ||
	    p > 0xFFFF || b > 115200) {
		errno = EINVAL;
		return -1;
	}
	if (s != UEFI_CONSOLE_NONE && !__ARCH_HAS_PORT_IO) {
		errno = ENOTSUP;
		return -1;
	}
	sink = s;
	__uefi_console_sink = s == UEFI_CONSOLE_NONE ? 0 : __uefi_console_after_exit_write;
	port = (unsigned short)(p ? p : s == UEFI_CONSOLE_SERIAL ? UEFI_COM1 : UEFI_DEBUGCON_PORT);
	baud = b ? b : 115200;
	state = 0;
	return 0;
}

long __uefi_console_after_exit_write(int fd, const void *buf, size_t len)
{
	if (sink == UEFI_CONSOLE_NONE || state < 0) {
		errno = EIO;
		return -1;
	}
	if (fd != 1 && fd != 2) {
		errno = EBADF;
		return -1;
	}
	const unsigned char *s = buf;
	if (sink == UEFI_CONSOLE_DEBUGCON) {
		for (size_t i = 0; i < len; i++)
			__arch_outb(port, s[i]);
		return (long)len;
	}
	if (!state)
		state = __uart16550_init(port, baud) ? -1 : 1;
	for (size_t i = 0; i < len && state > 0; i++) {
		if ((s[i] == '\n' && __uart16550_putc(port, '\r')) || __uart16550_putc(port, s[i]))
			state = -1;
	}
	if (state < 0) {
		errno = EIO;
		return -1;
	}
	return (long)len;
}
