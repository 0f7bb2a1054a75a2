/* The console after ExitBootServices on any UART: the sink description's
 * checks (__uart_check), the ACPI walk to a table (__acpi_find_table), the
 * SPCR parser, the device tree parser (crafted tables: valid, truncated at
 * every length, bad checksum, wrong magic, missing node, every byte
 * changed; under ASan, so a read past a table fails the test), and the
 * UART drivers against simulated registers (a port space, memory). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "check.h"
#include "../../include/uefi/console.h"
#define __uart_check ul___uart_check
#define __uart_init ul___uart_init
#define __uart_putc ul___uart_putc
#define __acpi_find_table ul___acpi_find_table
#define __spcr_parse ul___spcr_parse
#define __fdt_find_uart ul___fdt_find_uart
#define __uart_div16550 ul___uart_div16550
#define __uart_divpl011 ul___uart_divpl011
#define __uart_rate_ok ul___uart_rate_ok
#include "internal/fwtab.h"
#include "internal/uart.h"
#include "fdt_build.h"

typedef struct uefi_console_uart uart_t;

/* ---- a simulated port space: a 16550 at 0x3F8, nothing elsewhere ---- */
static unsigned char ports[0x10000];
static unsigned char port_log[4096];
static unsigned short port_log_at[4096];
static int port_logn, lsr_thre = 1;
void __arch_outb(unsigned short port, unsigned char v)
{
	if (port_logn < 4096) {
		port_log[port_logn] = v;
		port_log_at[port_logn++] = port;
	}
	if (port >= 0x3F8 && port < 0x400)
		ports[port] = v;
}
unsigned char __arch_inb(unsigned short port)
{
	if (port == 0x3F8 + 5)
		return lsr_thre ? 0x60 : 0;
	if (port >= 0x3F8 && port < 0x400)
		return ports[port];
	return 0xFF;
}

static void test_check(void)
{
	uart_t o;
	uart_t u = { .sink = UEFI_CONSOLE_SERIAL };
	CHECK(ul___uart_check(&u, &o, 1) == 0 && o.base == 0x3F8 && o.clock == 1843200 && o.reg_width == 1 && o.baud == 0,
	      "serial defaults: base %llx clock %u", o.base, o.clock);
	CHECK(ul___uart_check(&u, &o, 0) == ENOTSUP, "serial without port I/O: ENOTSUP");
	u.base = 0xFFF9;
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "serial at 0xFFF9: its registers pass 0xFFFF");
	u = (uart_t){ .sink = UEFI_CONSOLE_SERIAL, .base = 0x2F8, .baud = 9600 };
	CHECK(ul___uart_check(&u, &o, 1) == 0 && o.base == 0x2F8 && o.baud == 9600, "serial COM2 9600");
	u.baud = 230400;
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "serial 230400 with the PC clock: EINVAL");
	u.baud = 1;
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "serial 1 baud: divisor above 65535");
	u.baud = 2;
	CHECK(ul___uart_check(&u, &o, 1) == 0, "serial 2 baud: divisor 57600");
	u = (uart_t){ .sink = UEFI_CONSOLE_SERIAL, .reg_shift = 2 };
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "serial with a shift: EINVAL");
	u = (uart_t){ .sink = UEFI_CONSOLE_DEBUGCON };
	CHECK(ul___uart_check(&u, &o, 1) == 0 && o.base == 0xE9, "debugcon default port");
	CHECK(ul___uart_check(&u, &o, 0) == ENOTSUP, "debugcon without port I/O: ENOTSUP");
	u.baud = 115200;
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "debugcon has no rate");
	u = (uart_t){ .sink = UEFI_CONSOLE_16550_MMIO, .base = 0xFE215040, .reg_shift = 2, .reg_width = 4 };
	CHECK(ul___uart_check(&u, &o, 0) == 0 && o.base == 0xFE215040 && o.reg_shift == 2 && o.reg_width == 4,
	      "16550 MMIO, shift 2, 32-bit, on a CPU without ports");
	u.base = 0;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "16550 MMIO at 0: EINVAL");
	u.base = 0xFE215042;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "16550 MMIO misaligned for 32-bit access: EINVAL");
	u.base = 0xFE215040;
	u.reg_width = 3;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "reg_width 3: EINVAL");
	u.reg_width = 0;
	CHECK(ul___uart_check(&u, &o, 0) == 0 && o.reg_width == 1, "reg_width 0: bytes");
	u.reg_shift = 5;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "reg_shift 5: EINVAL");
	u.reg_shift = 0;
	u.baud = 115200;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "16550 MMIO rate without a clock: EINVAL");
	u.clock = 48000000;
	CHECK(ul___uart_check(&u, &o, 0) == 0 && o.baud == 115200, "16550 MMIO rate with a 48 MHz clock");
	u.baud = 4000000;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "16550 MMIO 4 Mbaud from 48 MHz: divisor below 1");
	u = (uart_t){ .sink = UEFI_CONSOLE_PL011, .base = 0x9000000 };
	CHECK(ul___uart_check(&u, &o, 0) == 0 && o.reg_width == 4, "PL011 defaults");
	u.reg_width = 1;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "PL011 byte access: EINVAL");
	u.reg_width = 0;
	u.reg_shift = 2;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "PL011 with a shift: EINVAL");
	u.reg_shift = 0;
	u.base = 0x9000002;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "PL011 misaligned: EINVAL");
	u.base = 0x9000000;
	u.baud = 115200;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "PL011 rate without a clock: EINVAL");
	u.clock = 24000000;
	CHECK(ul___uart_check(&u, &o, 0) == 0, "PL011 115200 at 24 MHz");
	u.baud = 2000000;
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "PL011 2 Mbaud at 24 MHz: IBRD 0");
	u = (uart_t){ .sink = UEFI_CONSOLE_SBSA, .base = 0x9000000, .clock = 24000000, .baud = 115200 };
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL, "SBSA with a rate: EINVAL");
	u.baud = 0;
	CHECK(ul___uart_check(&u, &o, 0) == 0, "SBSA without a rate");
	u = (uart_t){ .sink = UEFI_CONSOLE_AUTO };
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "AUTO is not a description: EINVAL");
	u.sink = (enum uefi_console_sink)7;
	CHECK(ul___uart_check(&u, &o, 1) == EINVAL, "unknown sink: EINVAL");
	CHECK(ul___uart_check(NULL, &o, 1) == EINVAL, "NULL: EINVAL");
	u = (uart_t){ .sink = UEFI_CONSOLE_NONE, .base = 5, .baud = 7 };
	CHECK(ul___uart_check(&u, &o, 0) == 0 && o.base == 0 && o.baud == 0, "NONE: cleared");
	o.base = 77;
	u = (uart_t){ .sink = UEFI_CONSOLE_PL011 };
	CHECK(ul___uart_check(&u, &o, 0) == EINVAL && o.base == 77, "a rejected description leaves *out alone");
	CHECK(ul___uart_div16550(1843200, 115200) == 1 && ul___uart_div16550(1843200, 9600) == 12,
	      "16550 divisors");
	/* 24 MHz / (16 * 115200) = 13.0208: IBRD 13, FBRD round(0.0208 * 64) = 1 */
	CHECK(ul___uart_divpl011(24000000, 115200) == (13u << 6 | 1), "PL011 divisor %#x",
	      ul___uart_divpl011(24000000, 115200));
}

/* ---- the drivers ---- */
static uint32_t regs[1024];   /* 4 KiB of simulated MMIO */

static void test_drivers(void)
{
	/* 16550 by port I/O at 0x3F8: probed, programmed, bytes to THR */
	uart_t u = { .sink = UEFI_CONSOLE_SERIAL, .base = 0x3F8, .clock = 1843200, .baud = 9600, .reg_width = 1 };
	port_logn = 0;
	CHECK(ul___uart_init(&u) == 0, "16550 at 0x3F8 found");
	CHECK(ports[0x3F8 + 3] == 0x03 && ports[0x3F8 + 2] == 0x07 && ports[0x3F8 + 4] == 0x03,
	      "8N1, FIFOs, DTR/RTS");
	int dll = -1, dlm = -1;
	for (int i = 0; i < port_logn; i++) {
		if (port_log_at[i] == 0x3F8 && dll < 0)
			dll = port_log[i];
		if (port_log_at[i] == 0x3F9 && i > 0 && port_log_at[i - 2] == 0x3FB)
			dlm = port_log[i];
	}
	CHECK(dll == 12 && dlm == 0, "divisor 12 for 9600 (%d %d)", dll, dlm);
	port_logn = 0;
	CHECK(ul___uart_putc(&u, 'A') == 0 && port_logn == 1 && port_log_at[0] == 0x3F8 && port_log[0] == 'A',
	      "a byte goes to THR");
	lsr_thre = 0;
	CHECK(ul___uart_putc(&u, 'B') == -1, "a UART that never empties: -1, bounded");
	lsr_thre = 1;
	u.base = 0x2F8;
	CHECK(ul___uart_init(&u) == -1, "no UART at 0x2F8: init fails");
	u = (uart_t){ .sink = UEFI_CONSOLE_SERIAL, .base = 0x3F8, .reg_width = 1 };
	port_logn = 0;
	CHECK(ul___uart_init(&u) == 0 && port_logn == 2, "baud 0: only the probe (%d writes)", port_logn);

	/* 16550 in memory, registers 4 bytes apart, 32-bit */
	memset(regs, 0, sizeof regs);
	regs[5] = 0x60;
	u = (uart_t){ .sink = UEFI_CONSOLE_16550_MMIO, .base = (uintptr_t)regs, .reg_shift = 2, .reg_width = 4,
	              .clock = 48000000, .baud = 115200 };
	CHECK(ul___uart_init(&u) == 0, "16550 MMIO found");
	CHECK(regs[0] == 26 && regs[1] == 0 && regs[3] == 3 && regs[2] == 7 && regs[7] == 0xA5,
	      "16550 MMIO programmed: DLL %u LCR %u", regs[0], regs[3]);
	CHECK(ul___uart_putc(&u, 'z') == 0 && regs[0] == 'z', "16550 MMIO byte");
	/* byte-wide registers, packed */
	unsigned char *b = (unsigned char *)regs;
	memset(regs, 0, sizeof regs);
	b[5] = 0x20;
	u = (uart_t){ .sink = UEFI_CONSOLE_16550_MMIO, .base = (uintptr_t)b, .reg_width = 1 };
	CHECK(ul___uart_init(&u) == 0 && b[7] == 0xA5 && b[3] == 0, "16550 MMIO bytes, rate kept");
	CHECK(ul___uart_putc(&u, 'q') == 0 && b[0] == 'q', "16550 MMIO byte write");

	/* PL011: the PrimeCell ID, the rate, DR */
	memset(regs, 0, sizeof regs);
	regs[0xFF0 / 4] = 0x0D, regs[0xFF4 / 4] = 0xF0, regs[0xFF8 / 4] = 0x05, regs[0xFFC / 4] = 0xB1;
	u = (uart_t){ .sink = UEFI_CONSOLE_PL011, .base = (uintptr_t)regs, .reg_width = 4, .clock = 24000000,
	              .baud = 115200 };
	CHECK(ul___uart_init(&u) == 0, "PL011 found");
	CHECK(regs[0x24 / 4] == 13 && regs[0x28 / 4] == 1 && regs[0x2C / 4] == 0x70 && regs[0x30 / 4] == 0x301,
	      "PL011 programmed: IBRD %u FBRD %u LCR_H %#x CR %#x", regs[0x24 / 4], regs[0x28 / 4],
	      regs[0x2C / 4], regs[0x30 / 4]);
	CHECK(ul___uart_putc(&u, 'p') == 0 && regs[0] == 'p', "PL011 byte to DR");
	regs[0x18 / 4] = 0x20;   /* TX FIFO full, for good */
	CHECK(ul___uart_putc(&u, 'x') == -1 && regs[0] == 'p', "PL011 full: -1, bounded");
	regs[0x18 / 4] = 0;
	regs[0x30 / 4] = 0;
	u.baud = 0;
	CHECK(ul___uart_init(&u) == 0 && regs[0x30 / 4] == 0x101 && regs[0x24 / 4] == 13,
	      "PL011 rate kept, UART and TX enabled");
	regs[0xFFC / 4] = 0;
	CHECK(ul___uart_init(&u) == -1, "PL011 without its ID: init fails");
	u.sink = UEFI_CONSOLE_SBSA;
	CHECK(ul___uart_init(&u) == 0, "SBSA: no ID needed");
	memset(regs, 0xFF, sizeof regs);
	CHECK(ul___uart_init(&u) == -1, "SBSA reading all ones: not there");
}

/* ---- ACPI ---- */
static void checksum(unsigned char *t, size_t n, size_t at)
{
	unsigned char s = 0;
	t[at] = 0;
	for (size_t i = 0; i < n; i++)
		s += t[i];
	t[at] = (unsigned char)-s;
}

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> 8 * i);
}

static void put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

/* An SPCR table of len bytes (80, or 88 for revision 4). */
static void make_spcr(unsigned char *t, size_t len, int rev, int iftype, int space, int bits, int access,
                      uint64_t addr, int baud)
{
	memset(t, 0, len);
	memcpy(t, "SPCR", 4);
	put32(t + 4, (uint32_t)len);
	t[8] = (unsigned char)rev;
	t[36] = (unsigned char)iftype;
	t[40] = (unsigned char)space;
	t[41] = (unsigned char)bits;
	t[43] = (unsigned char)access;
	put64(t + 44, addr);
	t[58] = (unsigned char)baud;
	checksum(t, len, 9);
}

static void table(unsigned char *t, const char *sig, size_t len)
{
	memcpy(t, sig, 4);
	put32(t + 4, (uint32_t)len);
	t[8] = 1;
	checksum(t, len, 9);
}

static void test_spcr(void)
{
	unsigned char t[88];
	uart_t u;
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_PL011 && u.base == 0x9000000 &&
	      u.reg_width == 4 && u.baud == 0 && u.source == UEFI_CONSOLE_FROM_SPCR,
	      "SPCR PL011 (QEMU virt's): sink %d base %llx baud %u", u.sink, u.base, u.baud);
	make_spcr(t, 80, 2, 0, 1, 8, 1, 0x3F8, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_SERIAL && u.base == 0x3F8 &&
	      u.baud == 115200 && u.clock == 1843200, "SPCR 16550 at I/O 0x3F8, 115200");
	make_spcr(t, 80, 2, 0, 1, 8, 1, 0x3F8, 3);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.baud == 9600, "SPCR rate 3: 9600");
	make_spcr(t, 80, 2, 0, 1, 8, 1, 0x3F8, 0);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.baud == 0, "SPCR rate 0: as is");
	make_spcr(t, 80, 1, 0, 0, 32, 2, 0x3F215040, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_16550_MMIO && u.reg_width == 4 &&
	      u.reg_shift == 2 && u.baud == 0, "SPCR 16550 MMIO, 32-bit registers (the bit width wins)");
	make_spcr(t, 80, 3, 0x12, 0, 8, 1, 0xFEDC9000, 7);
	put32(t + 76, 48000000);
	checksum(t, 80, 9);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_16550_MMIO && u.reg_width == 1 &&
	      u.reg_shift == 0 && u.clock == 48000000 && u.baud == 115200, "SPCR rev 3: the clock, so the rate");
	make_spcr(t, 88, 4, 0x12, 0, 0, 3, 0xFEDC9000, 7);
	put32(t + 76, 48000000);
	put32(t + 80, 1500000);
	checksum(t, 88, 9);
	CHECK(ul___spcr_parse(t, 88, &u) == 0 && u.reg_width == 4 && u.baud == 1500000,
	      "SPCR rev 4: access size dword, the precise rate");
	make_spcr(t, 80, 3, 0x12, 0, 8, 1, 0xFEDC9000, 7);
	put32(t + 76, 110);
	checksum(t, 80, 9);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.baud == 0, "SPCR: a 110 Hz clock cannot make 115200: rate kept");
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000002, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR PL011 at a misaligned address: ENOTSUP");
	make_spcr(t, 80, 2, 0x0E, 0, 32, 3, 0x9000000, 7);
	put32(t + 76, 0);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_SBSA && u.baud == 0, "SPCR SBSA");
	make_spcr(t, 80, 2, 0x0D, 0, 32, 3, 0x9000000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == 0 && u.sink == UEFI_CONSOLE_SBSA, "SPCR SBSA 32-bit");
	/* errors */
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	t[50] ^= 1;
	CHECK(ul___spcr_parse(t, 80, &u) == EINVAL, "SPCR bad checksum: EINVAL");
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	t[0] = 'X';
	CHECK(ul___spcr_parse(t, 80, &u) == EINVAL, "SPCR wrong signature: EINVAL");
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	CHECK(ul___spcr_parse(t, 79, &u) == EINVAL, "SPCR longer than the memory given: EINVAL");
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	put32(t + 4, 60);
	checksum(t, 60, 9);
	CHECK(ul___spcr_parse(t, 80, &u) == EINVAL, "SPCR length 60: EINVAL");
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENODEV, "SPCR address 0 (disabled): ENODEV");
	make_spcr(t, 80, 2, 5, 0, 32, 3, 0x9000000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR interface type 5: ENOTSUP");
	make_spcr(t, 80, 2, 3, 1, 32, 3, 0x9000000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR PL011 in I/O space: ENOTSUP");
	make_spcr(t, 80, 2, 0, 2, 8, 1, 0x1000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR in PCI config space: ENOTSUP");
	make_spcr(t, 80, 2, 0, 1, 8, 1, 0xFFFF, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR 16550 at port 0xFFFF: ENOTSUP");
	make_spcr(t, 80, 2, 0, 0, 24, 0, 0x1000, 7);
	CHECK(ul___spcr_parse(t, 80, &u) == ENOTSUP, "SPCR 24-bit registers: ENOTSUP");
	/* every truncation, in memory of exactly that size */
	make_spcr(t, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	int bad = 0;
	for (size_t n = 0; n < 80; n++) {
		unsigned char *c = malloc(n ? n : 1);
		memcpy(c, t, n);
		bad += ul___spcr_parse(c, n, &u) != EINVAL;
		free(c);
	}
	CHECK(!bad, "SPCR cut short at every length: EINVAL (%d not)", bad);
	CHECK(ul___spcr_parse(NULL, 80, &u) == EINVAL, "SPCR NULL: EINVAL");
}

static void test_acpi(void)
{
	/* RSDP (36 bytes) -> XSDT -> FACP, SPCR */
	unsigned char *rsdp = calloc(1, 36), *xsdt = calloc(1, 52), *facp = calloc(1, 36), *spcr = calloc(1, 80);
	make_spcr(spcr, 80, 2, 3, 0, 32, 3, 0x9000000, 7);
	table(facp, "FACP", 36);
	put64(xsdt + 36, (uintptr_t)facp);
	put64(xsdt + 44, (uintptr_t)spcr);
	table(xsdt, "XSDT", 52);
	memcpy(rsdp, "RSD PTR ", 8);
	rsdp[15] = 2;
	put32(rsdp + 20, 36);
	put64(rsdp + 24, (uintptr_t)xsdt);
	checksum(rsdp, 20, 8);
	checksum(rsdp, 36, 32);
	size_t len = 0;
	CHECK(ul___acpi_find_table(rsdp, "SPCR", &len) == spcr && len == 80, "XSDT walk finds SPCR");
	CHECK(ul___acpi_find_table(rsdp, "FACP", &len) == facp && len == 36, "XSDT walk finds FACP");
	CHECK(ul___acpi_find_table(rsdp, "DBG2", &len) == NULL, "a missing table: NULL");
	spcr[20] ^= 1;
	CHECK(ul___acpi_find_table(rsdp, "SPCR", &len) == NULL, "a table with a bad checksum is not returned");
	spcr[20] ^= 1;
	xsdt[40] ^= 1;
	CHECK(ul___acpi_find_table(rsdp, "SPCR", &len) == NULL, "an XSDT with a bad checksum: NULL");
	xsdt[40] ^= 1;
	rsdp[0] = 'r';
	CHECK(ul___acpi_find_table(rsdp, "SPCR", &len) == NULL, "a wrong RSDP signature: NULL");
	rsdp[0] = 'R';
	rsdp[10] ^= 1;
	CHECK(ul___acpi_find_table(rsdp, "SPCR", &len) == NULL, "an RSDP with a bad checksum: NULL");
	rsdp[10] ^= 1;
	CHECK(ul___acpi_find_table(NULL, "SPCR", &len) == NULL, "no RSDP: NULL");

	/* ACPI 1.0: revision 0, a 32-bit RSDT; tables below 4 GiB */
	unsigned char *low = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (low == MAP_FAILED) {
		CHECK(0, "mmap below 4 GiB");
	} else {
		unsigned char *r1 = low, *rsdt = low + 64, *sp = low + 256;
		make_spcr(sp, 80, 1, 0, 1, 8, 1, 0x3F8, 7);
		put32(rsdt + 36, (uint32_t)(uintptr_t)sp);
		table(rsdt, "RSDT", 40);
		memcpy(r1, "RSD PTR ", 8);
		put32(r1 + 16, (uint32_t)(uintptr_t)rsdt);
		checksum(r1, 20, 8);
		CHECK(ul___acpi_find_table(r1, "SPCR", &len) == sp && len == 80, "RSDT walk (ACPI 1.0)");
		/* revision 2 with no XSDT address: the RSDT */
		r1[15] = 2;
		put32(r1 + 20, 36);
		checksum(r1, 20, 8);
		checksum(r1, 36, 32);
		CHECK(ul___acpi_find_table(r1, "SPCR", &len) == sp, "revision 2, XSDT address 0: the RSDT");
		munmap(low, 4096);
	}
	free(rsdp), free(xsdt), free(facp), free(spcr);
}

/* ---- device trees ---- */
static void test_fdt(void)
{
	size_t n;
	uart_t u;
	unsigned char *b = virt_dtb(&n, "/pl011@9000000", 17);
	CHECK(ul___fdt_find_uart(b, n, &u) == 0 && u.sink == UEFI_CONSOLE_PL011 && u.base == 0x9000000 &&
	      u.reg_width == 4 && u.baud == 0 && u.source == UEFI_CONSOLE_FROM_DTB,
	      "virt: the PL011 (sink %d base %llx)", u.sink, u.base);
	CHECK(ul___fdt_find_uart(b, n - 1, &u) == EINVAL, "totalsize beyond the memory given: EINVAL");
	/* every truncation, in memory of exactly that size, with the header's
	 * totalsize still saying the whole: no read past the memory */
	int bad = 0;
	for (size_t k = 0; k < n; k++) {
		unsigned char *c = malloc(k ? k : 1);
		memcpy(c, b, k);
		bad += ul___fdt_find_uart(c, k, &u) != EINVAL;
		free(c);
	}
	CHECK(!bad, "a blob cut short at every length: EINVAL (%d not)", bad);
	/* and with totalsize cut too: the structure block runs out */
	for (size_t k = 56; k < n; k += 4) {
		unsigned char *c = malloc(k);
		memcpy(c, b, k);
		bput32(c + 4, (uint32_t)k);
		uint32_t st = 56, sz = (uint32_t)(k - 56);
		bput32(c + 36, sz);
		bput32(c + 12, st + sz);
		bput32(c + 32, 0);
		int r = ul___fdt_find_uart(c, k, &u);
		bad += r != EINVAL;
		free(c);
	}
	CHECK(!bad, "a structure block cut short: EINVAL (%d not)", bad);
	/* every byte changed: any answer, but no read outside the blob */
	int ok = 0;
	for (size_t k = 0; k < n; k++) {
		for (int x = 1; x < 256; x <<= 2) {
			unsigned char *c = malloc(n);
			memcpy(c, b, n);
			c[k] ^= (unsigned char)x;
			ok += ul___fdt_find_uart(c, n, &u) == 0;
			free(c);
		}
	}
	CHECK(ok > 0, "mutated blobs parsed without overreads (%d still found a UART)", ok);
	b[0] = 0xD1;
	CHECK(ul___fdt_find_uart(b, n, &u) == EINVAL, "wrong magic: EINVAL");
	free(b);
	b = virt_dtb(&n, NULL, 16);
	CHECK(ul___fdt_find_uart(b, n, &u) == 0 && u.base == 0x9000000, "version 16, no stdout-path: the first UART");
	free(b);
	b = virt_dtb(&n, "/nowhere@1:115200", 17);
	CHECK(ul___fdt_find_uart(b, n, &u) == 0 && u.base == 0x9000000, "stdout-path to a missing node: the first UART");
	free(b);
	b = virt_dtb(&n, NULL, 15);
	CHECK(ul___fdt_find_uart(b, n, &u) == EINVAL, "version 15: EINVAL");
	free(b);
	CHECK(ul___fdt_find_uart(NULL, 100, &u) == EINVAL, "NULL: EINVAL");

	/* A board: two 16550s on a bus with an empty ranges, a disabled one,
	 * stdout-path through an alias with options. */
	static struct fdtb f;
	memset(&f, 0, sizeof f);
	node(&f, "");
	pu32(&f, "#address-cells", 1);
	pu32(&f, "#size-cells", 1);
	node(&f, "aliases");
	pstr(&f, "serial0", "/soc/serial@1000");
	pstr(&f, "serial1", "/soc/serial@2000");
	endn(&f);
	node(&f, "chosen");
	pstr(&f, "stdout-path", "serial1:115200n8");
	endn(&f);
	node(&f, "soc");
	pu32(&f, "#address-cells", 1);
	pu32(&f, "#size-cells", 1);
	prop(&f, "ranges", "", 0);
	node(&f, "serial@0");
	pstr(&f, "compatible", "ns16550a");
	pcells(&f, "reg", 2, (uint32_t[]){ 0x500, 0x100 });
	pstr(&f, "status", "disabled");
	endn(&f);
	node(&f, "serial@1000");
	pstr(&f, "compatible", "ns16550a");
	pcells(&f, "reg", 2, (uint32_t[]){ 0x1000, 0x100 });
	endn(&f);
	node(&f, "serial@2000");
	prop(&f, "compatible", "snps,dw-apb-uart\0ns16550", 25);
	pcells(&f, "reg", 2, (uint32_t[]){ 0x2000, 0x100 });
	pu32(&f, "reg-shift", 2);
	pu32(&f, "reg-io-width", 4);
	pu32(&f, "clock-frequency", 24000000);
	pstr(&f, "status", "okay");
	endn(&f);
	endn(&f);
	endn(&f);
	b = finish(&f, &n);
	CHECK(ul___fdt_find_uart(b, n, &u) == 0 && u.sink == UEFI_CONSOLE_16550_MMIO && u.base == 0x2000 &&
	      u.reg_shift == 2 && u.reg_width == 4 && u.clock == 24000000 && u.baud == 115200,
	      "alias serial1 with options: base %llx shift %u width %u baud %u", u.base, u.reg_shift, u.reg_width, u.baud);
	free(b);

	/* a bus that translates addresses (non-empty ranges): not used */
	memset(&f, 0, sizeof f);
	node(&f, "");
	node(&f, "bus");
	pu32(&f, "#address-cells", 1);
	pu32(&f, "#size-cells", 1);
	pcells(&f, "ranges", 3, (uint32_t[]){ 0, 0x10000000, 0x10000 });
	node(&f, "serial@0");
	pstr(&f, "compatible", "ns16550a");
	pcells(&f, "reg", 2, (uint32_t[]){ 0x100, 0x100 });
	endn(&f);
	endn(&f);
	endn(&f);
	b = finish(&f, &n);
	CHECK(ul___fdt_find_uart(b, n, &u) == ENODEV, "a UART behind a translating bus: ENODEV");
	free(b);

	/* no UART at all; a disabled one only */
	memset(&f, 0, sizeof f);
	node(&f, "");
	node(&f, "serial@1000");
	pstr(&f, "compatible", "ns16550a");
	pcells(&f, "reg", 3, (uint32_t[]){ 0, 0x1000, 0x100 });
	pstr(&f, "status", "fail");
	endn(&f);
	node(&f, "gpio@0");
	pstr(&f, "compatible", "arm,pl061");
	pcells(&f, "reg", 3, (uint32_t[]){ 0, 0x3000, 0x100 });
	endn(&f);
	endn(&f);
	b = finish(&f, &n);
	CHECK(ul___fdt_find_uart(b, n, &u) == ENODEV, "no enabled UART node: ENODEV");
	free(b);

	/* a node that never ends */
	memset(&f, 0, sizeof f);
	node(&f, "");
	node(&f, "a");
	endn(&f);
	b = finish(&f, &n);
	CHECK(ul___fdt_find_uart(b, n, &u) == EINVAL, "an unclosed node: EINVAL");
	free(b);
}

int main(void)
{
	test_check();
	test_drivers();
	test_spcr();
	test_acpi();
	test_fdt();
	return check_report("console_uart");
}
