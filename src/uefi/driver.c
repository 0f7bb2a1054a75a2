/* The life of a driver image (docs/drivers.md): started by crt0/driver.c,
 * resident once main returned 0, ended by its unload function, or by exit
 * during the start (then the firmware unloads it). */
#include <stdatomic.h>
#include <uefi/driver.h>
#include "../internal/exit.h"
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

static enum { NOT_DRIVER, STARTING, RESIDENT, ENDED } state;
static uefi_unload_fn unload_fn;

/* Weak: a driver that never uses a stream does not link the streams. */
extern __typeof__(__stdio_exit) __stdio_exit __attribute__((__weak__));

int uefi_driver_kind(void)
{
	return __uefi_driver_kind;
}

/* What exit() means in a driver, called by __sys_exit once everything the
 * library holds is given back.  During the start: the start fails (and the
 * firmware unloads the image), never with EFI_SUCCESS, which would leave
 * the image resident without its library.  Once resident there is no
 * caller to return to: the protocols it installed still point into it, and
 * its memory is gone, so the machine stops as after ExitBootServices. */
static EFI_STATUS driver_end(EFI_STATUS s)
{
	if (state == STARTING) {
		state = ENDED;
		__uefi_runtime_fini();
		return s == EFI_SUCCESS ? EFI_ABORTED : s;
	}
	static const char msg[] = "uefi-libc: exit in a resident driver: stopping the machine\n";
	__sys_console_write(2, msg, sizeof msg - 1);
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	st->RuntimeServices->ResetSystem(EfiResetShutdown, s, 0, 0);
	for (;;)
		;
}

EFI_STATUS __uefi_driver_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	if (!image || !st || !st->BootServices)
		return EFI_INVALID_PARAMETER;
	EFI_GUID guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	if (EFI_ERROR(st->BootServices->HandleProtocol(image, &guid, (void **)&li)))
		return EFI_INVALID_PARAMETER;
	__uefi_driver_kind = li->ImageCodeType == EfiRuntimeServicesCode ? UEFI_DRIVER_RUNTIME
	                                                                  : UEFI_DRIVER_BOOT_SERVICE;
	EFI_STATUS s = __uefi_env_init(image, st);
	if (EFI_ERROR(s))
		return s;
	if (__uefi_driver_kind == UEFI_DRIVER_RUNTIME) {
		s = __uefi_runtime_init();
		if (EFI_ERROR(s)) {
			__uefi_release();
			return s;
		}
	}
	__uefi_driver_end = driver_end;
	state = STARTING;
	return EFI_SUCCESS;
}

EFI_STATUS __uefi_driver_resident(void)
{
	if (__stdio_exit)
		__stdio_exit();     /* flushes; the streams stay open */
	state = RESIDENT;
	return EFI_SUCCESS;
}

/* LoadedImage->Unload while a function is registered. */
static EFI_STATUS EFIAPI unload(EFI_HANDLE image)
{
	if (state != RESIDENT || image != uefi_image_handle() || !uefi_boot_services())
		return EFI_ACCESS_DENIED;
	EFI_STATUS s = unload_fn(image);
	if (EFI_ERROR(s))
		return s;
	/* As exit() ends an application, without leaving: the image is the
	 * firmware's to free once this returns. */
	state = ENDED;
	__exit_handlers();   /* atexit handlers, destructors, the flush */
	__exit_release();
	__uefi_runtime_fini();
	__uefi_release();
	atomic_store_explicit(&__sys_alive_token, (void *)0, memory_order_release);
	return EFI_SUCCESS;
}

EFI_STATUS uefi_driver_set_unload(uefi_unload_fn fn)
{
	if (state != STARTING && state != RESIDENT)
		return EFI_UNSUPPORTED;
	if (!uefi_boot_services())
		return EFI_ACCESS_DENIED;
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	if (!li)
		return EFI_UNSUPPORTED;
	unload_fn = fn;
	li->Unload = fn ? unload : 0;
	return EFI_SUCCESS;
}
