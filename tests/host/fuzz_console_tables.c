/* The firmware-table parsers of the after-exit console on mutated tables,
 * in memory of exactly the table's size (ASan catches any read past it):
 * no crash, and a UART they report passes uefi_console_set's checks.
 * Input: byte 0 chooses the table (bit 0: a device tree like QEMU virt's,
 * else an SPCR), whether to cut it short (bit 1, by byte 1) and, for the
 * SPCR, whether to make its checksum right again (bit 2); then triples
 * (offset low, offset high, xor) change the table's bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../../include/uefi/console.h"
#define __uart_check ul___uart_check
#define __spcr_parse ul___spcr_parse
#define __fdt_find_uart ul___fdt_find_uart
#include "internal/fwtab.h"
#include "internal/uart.h"
#include "fdt_build.h"

static unsigned char spcr[80];

static void spcr_sum(unsigned char *t, size_t n)
{
	unsigned char s = 0;
	t[9] = 0;
	for (size_t i = 0; i < n; i++)
		s += t[i];
	t[9] = (unsigned char)-s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char *dtb;
	static size_t ndtb;
	if (!dtb) {
		dtb = virt_dtb(&ndtb, "serial0:115200n8", 17);
		memcpy(spcr, "SPCR", 4);
		spcr[4] = 80, spcr[8] = 2, spcr[36] = 3, spcr[41] = 32, spcr[43] = 3, spcr[47] = 0x09, spcr[58] = 7;
		spcr_sum(spcr, 80);
	}
	if (size < 2)
		return 0;
	int fdt = data[0] & 1;
	const unsigned char *base = fdt ? dtb : spcr;
	size_t n = fdt ? ndtb : sizeof spcr;
	if (data[0] & 2)
		n = data[1] < n ? n - data[1] : 0;
	unsigned char *b = malloc(n ? n : 1);
	memcpy(b, base, n);
	for (size_t i = 2; i + 3 <= size; i += 3) {
		size_t at = (size_t)(data[i] | data[i + 1] << 8);
		if (n && at < 0x8000)
			b[at % n] ^= data[i + 2];
	}
	if (!fdt && (data[0] & 4) && n >= 10)
		spcr_sum(b, n < 80 ? n : 80);
	struct uefi_console_uart u, o;
	int r = fdt ? ul___fdt_find_uart(b, n, &u) : ul___spcr_parse(b, n, &u);
	/* what the parsers report must be a usable description (the SPCR's
	 * I/O-port UART needs a CPU with ports) */
	if (r == 0 && ul___uart_check(&u, &o, 1) != 0)
		abort();
	free(b);
	return 0;
}
