/* The library's version (also `uefi-cc --version` and the pkg-config
 * file's Version).  UEFI_LIBC_VERSION_NUMBER is major * 10000 + minor * 100
 * + patch, for #if. */
#ifndef UEFI_VERSION_H
#define UEFI_VERSION_H

#define UEFI_LIBC_VERSION_MAJOR 0
#define UEFI_LIBC_VERSION_MINOR 1
#define UEFI_LIBC_VERSION_PATCH 0
#define UEFI_LIBC_VERSION "0.1.0"
#define UEFI_LIBC_VERSION_NUMBER (UEFI_LIBC_VERSION_MAJOR * 10000 + UEFI_LIBC_VERSION_MINOR * 100 + UEFI_LIBC_VERSION_PATCH)

#endif
