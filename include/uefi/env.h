/* The UEFI environment of the running image, and the ExitBootServices guard.
 *
 * Including this header gives the gnu-efi types and protocols (<efi.h>).
 *
 * uefi_boot_services() is the only sanctioned way to reach boot services: it
 * returns NULL once ExitBootServices has been signalled (or once the system
 * table's own BootServices field is NULL), and every library function that
 * needs boot services checks it at the point of use.  Do not cache its result
 * across a call that might exit boot services.
 *
 * uefi_system_table() and uefi_image_handle() stay valid for the whole life of
 * the program; after ExitBootServices only the runtime services reachable from
 * the system table may still be used. */
#ifndef UEFI_ENV_H
#define UEFI_ENV_H

#include <efi.h>
/* gnu-efi's eficompiler.h defines __attribute__(x) as nothing for MS
 * compilers, which Clang's Windows target claims to be: every attribute
 * after it (packed, aligned, weak, returns_twice, format...) would vanish
 * without a word.  Clang has them all: take the macro back. */
#if defined(__clang__) && defined(__attribute__)
#undef __attribute__
#endif

#ifdef __cplusplus
extern "C" {
#endif

EFI_SYSTEM_TABLE *uefi_system_table(void);
EFI_HANDLE uefi_image_handle(void);
EFI_BOOT_SERVICES *uefi_boot_services(void);

#ifdef __cplusplus
}
#endif

#endif
