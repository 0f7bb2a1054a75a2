/* Private to the file-system layer of src/uefi (fs_volume.c, fs_file.c). */
#ifndef __UEFI_FS_IMPL_H
#define __UEFI_FS_IMPL_H

#include <errno.h>
#include "uefi_impl.h"

/* Boot services, or NULL with errno EIO once they are gone. */
static inline EFI_BOOT_SERVICES *live(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs)
		errno = EIO;
	return bs;
}

/* -1 with errno from a firmware status (EIO when it maps to none). */
static inline int fail(EFI_STATUS s)
{
	errno = __uefi_status_to_errno(s);
	if (!errno)
		errno = EIO;
	return -1;
}

/* Volume vol's root directory, opened once and kept; NULL with errno. */
EFI_FILE_PROTOCOL *__uefi_fs_root(int vol);

#endif
