#include <errno.h>
#include "uefi_impl.h"

/* The one table from EFI_STATUS to errno. */
int __uefi_status_to_errno(EFI_STATUS s)
{
	switch (s) {
	case EFI_SUCCESS: return 0;
	case EFI_INVALID_PARAMETER: return EINVAL;
	case EFI_UNSUPPORTED: return ENOTSUP;
	case EFI_BAD_BUFFER_SIZE: return EINVAL;
	case EFI_BUFFER_TOO_SMALL: return ERANGE;
	case EFI_NOT_READY: return EAGAIN;
	case EFI_DEVICE_ERROR: return EIO;
	case EFI_WRITE_PROTECTED: return EROFS;
	case EFI_OUT_OF_RESOURCES: return ENOMEM;
	case EFI_VOLUME_CORRUPTED: return EIO;
	case EFI_VOLUME_FULL: return ENOSPC;
	case EFI_NO_MEDIA: return ENXIO;
	case EFI_MEDIA_CHANGED: return EIO;
	case EFI_NOT_FOUND: return ENOENT;
	case EFI_ACCESS_DENIED: return EACCES;
	case EFI_NO_RESPONSE: return ETIMEDOUT;
	case EFI_NO_MAPPING: return ENODEV;
	case EFI_TIMEOUT: return ETIMEDOUT;
	case EFI_NOT_STARTED: return EAGAIN;
	case EFI_ALREADY_STARTED: return EALREADY;
	case EFI_ABORTED: return ECANCELED;
	case EFI_END_OF_FILE: return EIO;
	case EFI_SECURITY_VIOLATION: return EACCES;
	default: return EIO;
	}
}
