/* The UARTs of the console after ExitBootServices (src/serial/): polled,
 * no interrupts, every wait bounded.  A struct uefi_console_uart that
 * __uart_check accepted is what the drivers take.  Port I/O goes through
 * src/arch/<arch>/ (__arch_inb/__arch_outb); MMIO is volatile access at
 * the physical address. */
#ifndef __INTERNAL_UART_H
#define __INTERNAL_UART_H

struct uefi_console_uart;

/* Checks *in for uefi_console_set and writes it to *out with its defaults
 * filled in (the port of SERIAL/DEBUGCON, reg_width, the I/O-port 16550's
 * clock).  port_io: whether the CPU has I/O ports.  Returns 0 or an errno
 * value (EINVAL, ENOTSUP), as uefi_console_set documents. */
int __uart_check(const struct uefi_console_uart *in, struct uefi_console_uart *out, int port_io);

/* For a 16550 (I/O port or MMIO), a PL011 or an SBSA UART: init checks
 * that the UART is there and programs it when u->baud is not 0; putc
 * sends one byte.  Both return 0, or -1 (no UART; the byte not taken in
 * time). */
int __uart_init(const struct uefi_console_uart *u);
int __uart_putc(const struct uefi_console_uart *u, unsigned char c);

/* The 16550's divisor latch for clock and baud (clock / 16 baud, rounded),
 * and the PL011's IBRD.FBRD (clock / 16 baud in 1/64ths, rounded): 0 when
 * the rate cannot be made (latch 1..65535; IBRD 1..65535) or the nearest
 * one is more than 3% off (more than a UART at the other end tolerates). */
static inline int __uart_rate_ok(unsigned long long clock_scaled, unsigned long long d, unsigned baud)
{
	/* the rate made is clock_scaled / d */
	unsigned long long made = clock_scaled / d;
	unsigned long long diff = made > baud ? made - baud : baud - made;
	return diff * 100 <= 3ull * baud;
}
static inline unsigned __uart_div16550(unsigned clock, unsigned baud)
{
	unsigned long long d = ((unsigned long long)clock + 8ull * baud) / (16ull * baud);
	return d >= 1 && d <= 0xFFFF && __uart_rate_ok(clock / 16ull, d, baud) ? (unsigned)d : 0;
}
static inline unsigned __uart_divpl011(unsigned clock, unsigned baud)
{
	unsigned long long d = (4ull * clock + baud / 2) / baud;
	return d >= 64 && d <= 0xFFFFull * 64 + 63 && __uart_rate_ok(4ull * clock, d, baud) ? (unsigned)d : 0;
}

#endif
