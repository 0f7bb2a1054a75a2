/* Where stdout and stderr go once boot services are gone.
 *
 * While boot services run, stdout and stderr write to the firmware console
 * (ConOut, StdErr).  ExitBootServices takes that console away.  By default
 * writes then fail cleanly (-1 / EOF, errno = EIO, the stream's error
 * indicator set).  A bootloader that wants to keep talking chooses another
 * sink here, before or after ExitBootServices.  The sinks:
 *
 *   UEFI_CONSOLE_NONE      nowhere: writes fail with EIO (the default).
 *   UEFI_CONSOLE_SERIAL    a 16550 UART at I/O port `base` (0: COM1, 0x3F8).
 *                          x86 only.
 *   UEFI_CONSOLE_DEBUGCON  QEMU's debug console: every byte written to I/O
 *                          port `base` (0: 0xE9), unchanged, no '\r' added.
 *                          There is no way to tell whether the device is
 *                          there: without it the bytes are lost.  x86 only.
 *   UEFI_CONSOLE_16550_MMIO  a 16550 UART mapped in memory at `base`:
 *                          register n at base + (n << reg_shift), accessed
 *                          reg_width bytes at a time (1, 2 or 4; 0: 1).
 *   UEFI_CONSOLE_PL011     an Arm PL011 UART in memory at `base` (QEMU virt's
 *                          UART), 32-bit accesses.
 *   UEFI_CONSOLE_SBSA      an Arm SBSA generic UART (a PL011 subset whose
 *                          rate the firmware sets): 32-bit accesses, only
 *                          the data and flag registers are used; baud must
 *                          be 0.
 *   UEFI_CONSOLE_AUTO      only for uefi_console_after_exit: the UART the
 *                          firmware's tables describe (uefi_console_find).
 *
 * On every UART, '\n' is sent as "\r\n"; every other byte, UTF-8 included,
 * is sent as it is.  A UART that is not there (a 16550's scratch register
 * does not hold a value, a PL011's PrimeCell ID is not 0xB105F00D) or that
 * does not take a byte within a bounded wait makes the write fail with EIO,
 * and every later one too: nothing hangs.  (An MMIO address where nothing
 * at all answers may fault on some machines: give only addresses the
 * firmware describes, which uefi_console_find does.)
 *
 * Speed: `baud` 0 keeps what the firmware programmed (rate, framing,
 * FIFOs): the UART is only checked, not reprogrammed.  A nonzero baud
 * programs 8 data bits, no parity, 1 stop bit, FIFOs on, at that rate,
 * which needs the UART's input clock: `clock` in Hz (0: 1843200 for an
 * I/O-port 16550; unknown, so baud must be 0, for MMIO UARTs).
 *
 * The switch happens in the library's console write path, on the first
 * write after ExitBootServices (the UART is programmed then, not when the
 * sink is chosen, and not in the ExitBootServices notify function).
 * Choosing again later replaces the sink; a UART that failed is probed
 * again.  A runtime driver's MMIO sink address is not converted by
 * SetVirtualAddressMap: use such a sink before it only. */
#ifndef UEFI_CONSOLE_H
#define UEFI_CONSOLE_H

#ifdef __cplusplus
extern "C" {
#endif

enum uefi_console_sink {
	UEFI_CONSOLE_NONE = 0,
	UEFI_CONSOLE_SERIAL = 1,
	UEFI_CONSOLE_DEBUGCON = 2,
	UEFI_CONSOLE_16550_MMIO = 3,
	UEFI_CONSOLE_PL011 = 4,
	UEFI_CONSOLE_SBSA = 5,
	UEFI_CONSOLE_AUTO = 6,
};

#define UEFI_COM1 0x3F8u
#define UEFI_COM2 0x2F8u
#define UEFI_DEBUGCON_PORT 0xE9u

/* Where uefi_console_find found the UART. */
#define UEFI_CONSOLE_FROM_SPCR 1   /* ACPI's Serial Port Console Redirection table */
#define UEFI_CONSOLE_FROM_DTB 2    /* the device tree (/chosen stdout-path, else the first UART) */

struct uefi_console_uart {
	enum uefi_console_sink sink;
	unsigned baud;             /* 0: keep the firmware's settings */
	unsigned long long base;   /* I/O port, or physical MMIO address */
	unsigned clock;            /* input clock in Hz, 0: see above */
	unsigned char reg_shift;   /* 16550 MMIO only (0 otherwise) */
	unsigned char reg_width;   /* bytes per access: 1, 2, 4 (0: the sink's usual) */
	unsigned char source;      /* uefi_console_find's UEFI_CONSOLE_FROM_*; ignored by set */
};

/* Chooses the sink described by *uart.  Returns 0, or -1 with errno =
 * EINVAL (NULL, an unknown sink or UEFI_CONSOLE_AUTO, a port above 0xFFFF,
 * base 0 or misaligned for an MMIO UART, a reg_shift above 4 or a
 * reg_width the sink cannot use, a baud rate with no known clock or that
 * the clock cannot make) or ENOTSUP (an I/O-port sink on a CPU without I/O
 * ports).  It calls no firmware and works after ExitBootServices too. */
int uefi_console_set(const struct uefi_console_uart *uart);

/* Fills *uart with the UART the firmware describes as its console, for
 * uefi_console_set: the ACPI SPCR table (through the ACPI 2.0, else 1.0,
 * configuration table), else the device tree (the DTB configuration
 * table): the node /chosen's stdout-path names, else the first enabled
 * "arm,pl011", "arm,sbsa-uart", "ns16550a", "ns16550" or "ns16450" node.
 * baud is the table's rate when the clock is known (an I/O-port 16550, a
 * device tree's clock-frequency), else 0 (keep the firmware's).  Returns 0,
 * or -1 with errno = EINVAL (NULL), ENODEV (no table describes a UART that
 * can be used), ENOTSUP (the console the table describes is of a kind not
 * driven here, or an I/O-port UART on a CPU without I/O ports; a DTB UART
 * is then still looked for), EACCES (after ExitBootServices: the tables
 * may have been reclaimed).  It reads the tables only, and calls no
 * firmware function. */
int uefi_console_find(struct uefi_console_uart *uart);

/* The short form, for the I/O-port sinks: NONE, SERIAL and DEBUGCON are
 * uefi_console_set with base = port and this baud, except that baud 0
 * means 115200 for UEFI_CONSOLE_SERIAL (as it always has); port and baud
 * are limited to 0xFFFF and 115200.  UEFI_CONSOLE_AUTO (port and baud 0)
 * is uefi_console_find then uefi_console_set, and fails as they do.  The
 * MMIO sinks need uefi_console_set.  Returns 0, or -1 with errno = EINVAL
 * (another sink, a port, baud or AUTO argument out of range), ENOTSUP (an
 * I/O-port sink on a CPU without I/O ports), or find's errors for AUTO. */
int uefi_console_after_exit(enum uefi_console_sink sink, unsigned port, unsigned baud);

#ifdef __cplusplus
}
#endif

#endif
