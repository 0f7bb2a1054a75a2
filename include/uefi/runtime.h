/* Runtime drivers (uefi-cc --runtime-driver; docs/drivers.md, "Runtime
 * drivers").
 *
 * At SetVirtualAddressMap the firmware re-applies the image's base
 * relocations to values that have not changed since load, and nothing
 * else.  The library converts every pointer it holds itself (the system
 * table, the allocator's metadata and reserve, the after-exit console sink,
 * its hooks and atexit handlers).  A driver registers its own pointers
 * here: every pointer set at run time (a malloc'd block, a function pointer
 * stored in a malloc'd table) must be converted, or it still holds a
 * physical address once the OS has mapped runtime memory elsewhere.
 *
 * uefi_runtime_register(slot): *slot is converted with ConvertPointer at
 * SetVirtualAddressMap (a NULL *slot stays NULL; a pointer outside runtime
 * memory is left as it is).  The slot itself must stay where it is (a
 * static variable, or a field of a block that lives as long as the driver).
 * Register a slot once.  Returns 0; -1 with errno EINVAL (slot NULL),
 * ENOTSUP (not a runtime driver), ENOMEM (256 slots already), EACCES (the
 * map was already set).
 *
 * uefi_runtime_virtual() is 1 once SetVirtualAddressMap has run (the
 * library's pointers and the registered ones are converted), else 0. */
#ifndef UEFI_RUNTIME_H
#define UEFI_RUNTIME_H

#include <uefi/env.h>

#ifdef __cplusplus
extern "C" {
#endif

int uefi_runtime_register(void **slot);
int uefi_runtime_virtual(void);

#ifdef __cplusplus
}
#endif

#endif
