/* build: -Oz (start-up or exit code: every program carries it once) */
#include <stdatomic.h>
#include "../internal/sys.h"
#include "uefi_impl.h"

static EFI_SYSTEM_TABLE *system_table;
static EFI_HANDLE image_handle;
static EFI_LOADED_IMAGE *loaded_image;
static EFI_EVENT exit_event;
/* The guard: the boot services pointer from start-up until ExitBootServices
 * is signalled.  It is also sys.h's liveness token, and the system table's
 * own BootServices field is its second word (a dummy before start-up). */
void *_Atomic __sys_alive_token;
static void *const not_started;
void *const volatile *__sys_alive_field = &not_started;
/* 0 for an application; 11 or 12 (the PE subsystem) once a driver's
 * start-up (driver.c) has said so, before __uefi_env_init. */
int __uefi_driver_kind;

EFI_SYSTEM_TABLE *uefi_system_table(void)
{
	return system_table;
}

EFI_HANDLE uefi_image_handle(void)
{
	return image_handle;
}

/* Liveness is sys.h's one test: the token the notify clears, and the system
 * table's own BootServices field, which the firmware clears on a successful
 * ExitBootServices whoever's event ran first. */
EFI_BOOT_SERVICES *uefi_boot_services(void)
{
	return __sys_available() ? atomic_load_explicit(&__sys_alive_token, memory_order_acquire) : 0;
}

/* Runs at TPL_NOTIFY inside ExitBootServices, possibly more than once.  It
 * must not allocate, print or call any protocol: one atomic store. */
void EFIAPI __uefi_exit_boot_services_notify(EFI_EVENT event, void *context)
{
	(void)event;
	(void)context;
	atomic_store_explicit(&__sys_alive_token, (void *)0, memory_order_release);
}

EFI_STATUS __uefi_env_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	if (!image || !st || !st->BootServices)
		return EFI_INVALID_PARAMETER;
	system_table = st;
	image_handle = image;
	EFI_BOOT_SERVICES *bs = st->BootServices;
	EFI_STATUS s = bs->CreateEvent(EVT_SIGNAL_EXIT_BOOT_SERVICES, TPL_NOTIFY,
	                               __uefi_exit_boot_services_notify, 0, &exit_event);
	if (EFI_ERROR(s))
		return s;
	EFI_GUID guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	if (EFI_ERROR(bs->HandleProtocol(image, &guid, (void **)&loaded_image)))
		loaded_image = 0;
	__sys_alive_field = (void *const volatile *)&st->BootServices;
	atomic_store_explicit(&__sys_alive_token, (void *)bs, memory_order_release);
	__uefi_time_init();
	/* A driver leaves the watchdog alone: it belongs to whatever boot
	 * option is running (the shell that loaded the driver, ...). */
	if (!__uefi_driver_kind)
		bs->SetWatchdogTimer(0, 0, 0, 0);
	return EFI_SUCCESS;
}

void __uefi_env_fini(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs && exit_event) {
		bs->CloseEvent(exit_event);
		exit_event = 0;
	}
}

/* At SetVirtualAddressMap in a runtime driver (runtime.c).  The
 * LoadedImage protocol was boot-services memory: gone. */
void __uefi_env_relocate(void (*convert)(void **p))
{
	convert((void **)&__sys_alive_field);
	loaded_image = 0;
	convert((void **)&system_table);
}

EFI_LOADED_IMAGE *__uefi_loaded_image(void)
{
	return loaded_image;
}
