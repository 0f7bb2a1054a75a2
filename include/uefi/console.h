/* Where stdout and stderr go once boot services are gone.
 *
 * While boot services run, stdout and stderr write to the firmware console
 * (ConOut, StdErr).  ExitBootServices takes that console away.  By default
 * writes then fail cleanly (-1 / EOF, errno = EIO, the stream's error
 * indicator set).  A bootloader that wants to keep talking chooses another
 * sink here, before or after ExitBootServices:
 *
 *   UEFI_CONSOLE_NONE      nowhere: writes fail with EIO (the default).
 *   UEFI_CONSOLE_SERIAL    a 16550 UART at I/O port `port` (0: COM1, 0x3F8),
 *                          programmed by port I/O to `baud` (0: 115200),
 *                          8 data bits, no parity, 1 stop bit, FIFOs on.
 *                          '\n' is sent as "\r\n"; every other byte,
 *                          UTF-8 included, is sent as it is.  A port with no
 *                          UART behind it (its scratch register does not
 *                          hold a value) or a UART that does not take a byte
 *                          within a bounded wait makes the write fail with
 *                          EIO, and every later one too: nothing hangs.
 *   UEFI_CONSOLE_DEBUGCON  QEMU's debug console: every byte written to I/O
 *                          port `port` (0: 0xE9), unchanged, no '\r' added.
 *                          There is no way to tell whether the device is
 *                          there: without it the bytes are lost.
 *
 * The switch happens in the library's console write path, on the first
 * write after ExitBootServices (the UART is programmed then, not here, and
 * not in the ExitBootServices notify function).  Choosing again later
 * replaces the sink; a UART that failed is probed again.
 *
 * Returns 0, or -1 with errno = EINVAL (an unknown sink, a port above
 * 0xFFFF, a baud rate above 115200) or ENOTSUP (a CPU without I/O ports).
 * It calls no firmware and works after ExitBootServices too. */
#ifndef UEFI_CONSOLE_H
#define UEFI_CONSOLE_H

#ifdef __cplusplus
extern "C" {
#endif

enum uefi_console_sink {
	UEFI_CONSOLE_NONE = 0,
	UEFI_CONSOLE_SERIAL = 1,
	UEFI_CONSOLE_DEBUGCON = 2,
};

#define UEFI_COM1 0x3F8u
#define UEFI_COM2 0x2F8u
#define UEFI_DEBUGCON_PORT 0xE9u

int uefi_console_after_exit(enum uefi_console_sink sink, unsigned port, unsigned baud);

#ifdef __cplusplus
}
#endif

#endif
