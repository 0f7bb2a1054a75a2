/* Parsers of the firmware's tables (src/fwtab/): portable, given the
 * tables' memory; src/uefi/console_find.c finds the tables.  Every parser
 * reads only inside the lengths it was given or that a checked header
 * states, and rejects bad signatures, checksums and truncated tables. */
#ifndef __INTERNAL_FWTAB_H
#define __INTERNAL_FWTAB_H

#include <stddef.h>

struct uefi_console_uart;

/* The ACPI table with signature sig (4 bytes) reached from the RSDP at
 * rsdp: through the XSDT (revision 2 and later, when its address is not 0),
 * else the RSDT.  The RSDP's, the root table's and the found table's
 * checksums must hold; table addresses are physical addresses used as
 * pointers (UEFI maps memory one to one).  Returns the table and stores its
 * length in *len, or NULL: no such table, or a bad RSDP or root table. */
const void *__acpi_find_table(const void *rsdp, const char *sig, size_t *len);

/* The console the SPCR table t (at most len bytes readable) describes,
 * into *u (its source UEFI_CONSOLE_FROM_SPCR; baud only with a known
 * clock that makes it): a description __uart_check accepts (given port
 * I/O).  Returns 0, or an errno value: EINVAL (not an SPCR table, shorter
 * than 80 bytes, its length field beyond len, a bad checksum), ENOTSUP (an
 * interface type, address space or address not driven here), ENODEV (the console is disabled: address
 * 0). */
int __spcr_parse(const void *t, size_t len, struct uefi_console_uart *u);

/* The console UART of the flattened device tree at fdt (at most len bytes
 * readable; the header's totalsize must fit in them), into *u (source
 * UEFI_CONSOLE_FROM_DTB): the node /chosen's stdout-path names (a path or
 * an alias of /aliases, options after ':' ignored) when it is a UART
 * driven here, else the first UART node with status "okay" (or none).
 * Its reg is translated to a CPU address through its parents (each must
 * have an empty ranges, or be the root); the result passes __uart_check
 * (a rate the clock cannot make is dropped: baud 0).  Returns 0, or an errno value:
 * EINVAL (a bad header: magic, version, offsets outside totalsize; or
 * a malformed structure block), ENODEV (no usable UART node). */
int __fdt_find_uart(const void *fdt, size_t len, struct uefi_console_uart *u);

#endif
