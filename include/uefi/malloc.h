/* Allocator controls for UEFI programs. */
#ifndef UEFI_MALLOC_H
#define UEFI_MALLOC_H

#include <stddef.h>
#include <uefi/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The memory type of every block malloc hands out from now on: later
 * allocations come only from pages obtained with this type, while blocks
 * obtained earlier stay valid (crt0 has already allocated argv when main
 * starts, so "before the first allocation" cannot be asked of a program).
 * The default is the image's own LoadedImage->ImageDataType: EfiLoaderData
 * for applications.
 *
 * Why another type: memory that a kernel you boot must find intact and tell
 * apart (a boot-info structure, an initrd) is best allocated as an
 * OS-defined type (0x80000000..0xFFFFFFFF) or EfiLoaderData, which the OS
 * leaves alone until it has taken what it needs; EfiRuntimeServicesData
 * survives ExitBootServices and SetVirtualAddressMap for runtime code;
 * EfiACPIReclaimMemory for tables the OS reclaims after reading them.
 *
 * Returns EFI_SUCCESS; EFI_INVALID_PARAMETER for a type AllocatePages does
 * not accept (EfiConventionalMemory, EfiPersistentMemory,
 * EfiUnacceptedMemory, and the reserved range 16..0x6FFFFFFF); or
 * EFI_ACCESS_DENIED once boot services are gone. */
EFI_STATUS uefi_set_memory_type(EFI_MEMORY_TYPE type);
EFI_MEMORY_TYPE uefi_memory_type(void);

/* For bootloaders: keeps `bytes` of memory (rounded up to pages), obtained
 * now, for malloc to use after ExitBootServices.  Without a reserve, after
 * ExitBootServices malloc fails with ENOMEM and free does nothing; with one,
 * malloc, calloc, realloc and free keep working inside it, touching no
 * firmware.  Memory obtained before ExitBootServices stays usable and can be
 * freed.  A later call with a larger size replaces the reserve (only before
 * ExitBootServices).  Returns 0, or -1 with errno = ENOMEM. */
int uefi_reserve_after_exit(size_t bytes);

#ifdef __cplusplus
}
#endif

#endif
