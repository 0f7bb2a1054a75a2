/* Runtime drivers at SetVirtualAddressMap (docs/drivers.md): one
 * EVT_SIGNAL_VIRTUAL_ADDRESS_CHANGE event, created by the driver start-up
 * of a runtime driver, whose notify function converts every pointer the
 * library holds and those the driver registered.  It runs inside
 * SetVirtualAddressMap, still in physical mode, where only ConvertPointer
 * may be called; the firmware applies the image's own relocations after
 * it. */
#include <errno.h>
#include <stdint.h>
#include <uefi/driver.h>
#include <uefi/runtime.h>
#include "../internal/exit.h"
#include "../internal/malloc_impl.h"
#include "../internal/progname.h"
#include "uefi_impl.h"

#define MAX_SLOTS 256

static EFI_EVENT va_event;
static void **slots[MAX_SLOTS];
static int nslots, virtual_done;
/* The runtime services as they were before the change (physical): the
 * only way to ConvertPointer while the notify runs. */
static EFI_RUNTIME_SERVICES *rt_before;

extern void (*__malloc_release_hook)(void);

static void convert(void **p)
{
	if (*p)
		rt_before->ConvertPointer(EFI_OPTIONAL_PTR, p);
}

static void *converted(void *p)
{
	void *q = p;
	if (!p || EFI_ERROR(rt_before->ConvertPointer(0, &q)))
		return 0;
	return q;
}

static void EFIAPI virtual_address_change(EFI_EVENT event, void *context)
{
	(void)event;
	(void)context;
	if (virtual_done)
		return;
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	rt_before = st->RuntimeServices;
	for (int i = 0; i < nslots; i++)
		convert(slots[i]);
	__malloc_relocate(converted);
	__atexit_relocate(convert);
	convert((void **)&__uefi_console_sink);
	convert((void **)&__malloc_release_hook);
	convert((void **)&__fd_close_hook);
	convert((void **)&__uefi_driver_end);
	convert((void **)&__progname);
	/* Last: the system table, through which rt_before was found. */
	__uefi_env_relocate(convert);
	virtual_done = 1;
}

EFI_STATUS __uefi_runtime_init(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	return bs->CreateEvent(EVT_SIGNAL_VIRTUAL_ADDRESS_CHANGE, TPL_NOTIFY, virtual_address_change, 0, &va_event);
}

void __uefi_runtime_fini(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs && va_event) {
		bs->CloseEvent(va_event);
		va_event = 0;
	}
}

int uefi_runtime_register(void **slot)
{
	if (!slot) {
		errno = EINVAL;
		return -1;
	}
	if (__uefi_driver_kind != UEFI_DRIVER_RUNTIME) {
		errno = ENOTSUP;
		return -1;
	}
	if (virtual_done) {
		errno = EACCES;
		return -1;
	}
	if (nslots == MAX_SLOTS) {
		errno = ENOMEM;
		return -1;
	}
	slots[nslots++] = slot;
	return 0;
}

int uefi_runtime_virtual(void)
{
	return virtual_done;
}
