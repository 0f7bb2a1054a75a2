/* uefi_console_find: the firmware's console UART from its configuration
 * tables (ACPI SPCR, else the device tree).  The tables are memory: no
 * firmware function is called, but they are read only while boot services
 * run, since a bootloader may reuse their memory after the exit. */
#include <errno.h>
#include <string.h>
#include <uefi/console.h>
#include "../internal/arch.h"
#include "../internal/fwtab.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

static const EFI_GUID acpi20_guid = ACPI_20_TABLE_GUID;
static const EFI_GUID acpi10_guid = ACPI_TABLE_GUID;
/* EFI_DTB_TABLE_GUID (the UEFI spec's "Devicetree Tables") */
static const EFI_GUID dtb_guid = { 0xb1b621d5, 0xf19c, 0x41a5, { 0x83, 0x0b, 0xd9, 0x15, 0x2c, 0x69, 0xaa, 0xe0 } };

static const void *config_table(const EFI_GUID *g)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	for (UINTN i = 0; st && i < st->NumberOfTableEntries; i++)
		if (!memcmp(&st->ConfigurationTable[i].VendorGuid, g, sizeof *g))
			return st->ConfigurationTable[i].VendorTable;
	return 0;
}

/* A DTB's size is in its header; nothing bounds it from outside, so the
 * parser is told the most a device tree may take here. */
#define DTB_MAX (64u << 20)

int uefi_console_find(struct uefi_console_uart *u)
{
	if (!u) {
		errno = EINVAL;
		return -1;
	}
	if (!__sys_available()) {
		errno = EACCES;
		return -1;
	}
	int e = ENODEV;
	const void *rsdp = config_table(&acpi20_guid);
	if (!rsdp)
		rsdp = config_table(&acpi10_guid);
	size_t len;
	const void *spcr = rsdp ? __acpi_find_table(rsdp, "SPCR", &len) : 0;
	struct uefi_console_uart found;
	if (spcr) {
		e = __spcr_parse(spcr, len, &found);
		if (!e && (found.sink == UEFI_CONSOLE_SERIAL && !__ARCH_HAS_PORT_IO))
			e = ENOTSUP;
	}
	if (e) {
		const void *dtb = config_table(&dtb_guid);
		if (dtb) {
			int d = __fdt_find_uart(dtb, DTB_MAX, &found);
			if (!d)
				e = 0;
			else if (e == ENODEV)
				e = d == EINVAL ? ENODEV : d;
		}
	}
	if (e) {
		errno = e;
		return -1;
	}
	*u = found;
	return 0;
}
