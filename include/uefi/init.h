/* Starting the library from a program's own efi_main: the path in for
 * gnu-efi-style programs (docs/from-gnu-efi.md).
 *
 *   EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
 *   {
 *       EFI_STATUS s = uefi_libc_init(image, st);
 *       if (EFI_ERROR(s))
 *           return s;
 *       printf("hello\n");              // and malloc, fopen, ... and raw
 *       st->ConOut->OutputString(...);  // protocol calls, mixed freely
 *       return uefi_libc_fini(EFI_SUCCESS);
 *   }
 *
 * Link it as any program (uefi-cc, or pkg-config's flags): a program that
 * defines efi_main keeps its own, and the library's crt0 is left out.
 *
 * uefi_libc_init starts the library as crt0 does for main: it records the
 * image and system table (uefi_system_table(), uefi_image_handle()), arms
 * the ExitBootServices guard, disarms the firmware's 5-minute watchdog and
 * builds argv.  EFI_ALREADY_STARTED when the library is already running
 * (crt0 started it, or init ran before), EFI_UNSUPPORTED after
 * uefi_libc_fini (the library starts once per image load),
 * EFI_INVALID_PARAMETER for a NULL image or table or a table without boot
 * services, the firmware's error when the guard's event cannot be created,
 * EFI_OUT_OF_RESOURCES when argv cannot be built (then nothing stays
 * started, and the library cannot be started again).
 *
 * uefi_libc_args gives argc and argv as main would get them (the shell's
 * split, or LoadOptions; see README "argv"); 0 and NULL before init, after
 * fini, and in a main program (main has them).
 *
 * uefi_libc_fini(status) ends the library as exit does, without leaving
 * the image: runs the atexit handlers, flushes every stream, closes every
 * descriptor, gives every page and pool block the library holds back to
 * the firmware and closes the ExitBootServices event.  It returns status
 * unchanged, so that `return uefi_libc_fini(s);` keeps the program's own
 * status.  Afterwards no library function may be used (FILE pointers and
 * malloc'd blocks are gone; uefi_boot_services() returns NULL) until
 * uefi_libc_init runs again.  In a program started by crt0 (a main program)
 * it does nothing and returns status.  It calls no boot service once
 * ExitBootServices has run.
 *
 * Output order: stdout is line-buffered and stderr unbuffered, so text
 * printed to stdout reaches ConOut when a line ends, at fflush(stdout), when
 * stdin is read, and at uefi_libc_fini.  Before writing to ConOut directly,
 * call fflush(stdout) if a partial line may be pending (or make stdout
 * unbuffered with setvbuf(stdout, NULL, _IONBF, 0)); raw output is written
 * at once, so printf after it needs nothing. */
#ifndef UEFI_INIT_H
#define UEFI_INIT_H

#include <uefi/env.h>

#ifdef __cplusplus
extern "C" {
#endif

EFI_STATUS uefi_libc_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st);
int uefi_libc_args(char ***argv);
EFI_STATUS uefi_libc_fini(EFI_STATUS status);

/* The stack protector's seeding, which crt0 does for a main program
 * (MSVC's name; docs/hardening.md).  uefi_libc_init does not do it: a new
 * cookie under the caller's live protected frame would end the program at
 * its return.  A program built with -fstack-protector* that keeps its own
 * efi_main calls it right after uefi_libc_init (before it, boot services
 * are not known and the RNG protocol is not asked), from an efi_main with
 * no protected frame (no array or address-taken local, or
 * __attribute__((no_stack_protector))), before any protected function. */
void __security_init_cookie(void);

#ifdef __cplusplus
}
#endif

#endif
