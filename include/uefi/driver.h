/* DXE drivers written with the library (docs/drivers.md).
 *
 * Build a driver with `uefi-cc --boot-service-driver` (PE subsystem 11) or
 * `uefi-cc --runtime-driver` (subsystem 12).  Its entry is main:
 *
 *   int main(int argc, char **argv)
 *   {
 *       ... install protocols, create events, malloc ...
 *       uefi_driver_set_unload(my_unload);    // optional: makes it unloadable
 *       return 0;                             // 0: stay resident
 *   }
 *
 * Returning 0 from main leaves the image resident: every page, pool block,
 * event and descriptor the library holds stays (stdio is flushed).  Any
 * other return, and exit(), _Exit() and abort() during the start, end the
 * driver: the atexit handlers run (not for _Exit/abort), every stream is
 * flushed, every descriptor closed, every page and event the library holds
 * given back, and the firmware unloads the image with the status (exit(n):
 * 0xC000000000000000 | n; exit(0), which would otherwise leave a resident
 * image without its library, EFI_ABORTED; abort: EFI_ABORTED).
 *
 * uefi_driver_set_unload(fn) makes the driver unloadable (the shell's
 * `unload`, gBS->UnloadImage): the library sets LoadedImage->Unload.  At
 * unload fn(image) runs first; it must undo what the driver did to the
 * system (uninstall its protocols, close its own events, disconnect) and
 * return EFI_SUCCESS, or return an error to refuse (the image then stays
 * loaded and the error goes to the caller).  After EFI_SUCCESS the library
 * ends as exit() would: atexit handlers, streams flushed,
 * descriptors closed, every page and event given back.  fn NULL makes the
 * driver unloadable no more.  Returns EFI_SUCCESS; EFI_UNSUPPORTED in an
 * application or once the driver has ended; EFI_ACCESS_DENIED after
 * ExitBootServices.
 *
 * uefi_driver_kind() says what this image is: 0 an application, 11 a
 * boot-service driver, 12 a runtime driver (the PE subsystem numbers). */
#ifndef UEFI_DRIVER_H
#define UEFI_DRIVER_H

#include <uefi/env.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UEFI_DRIVER_APPLICATION 0
#define UEFI_DRIVER_BOOT_SERVICE 11
#define UEFI_DRIVER_RUNTIME 12

typedef EFI_STATUS (*uefi_unload_fn)(EFI_HANDLE image);

EFI_STATUS uefi_driver_set_unload(uefi_unload_fn fn);
int uefi_driver_kind(void);

#ifdef __cplusplus
}
#endif

#endif
