#include <errno.h>
#include "../internal/sys.h"
#include "uefi_impl.h"

/* ConOut's current text mode, as QueryMode reports its columns and rows. */
int __sys_console_size(unsigned *cols, unsigned *rows)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	SIMPLE_TEXT_OUTPUT_INTERFACE *out = uefi_boot_services() ? st->ConOut : NULL;
	UINTN c, r;
	if (!out || !out->Mode || EFI_ERROR(out->QueryMode(out, (UINTN)out->Mode->Mode, &c, &r))) {
		errno = EIO;
		return -1;
	}
	*cols = (unsigned)c;
	*rows = (unsigned)r;
	return 0;
}
