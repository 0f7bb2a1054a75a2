#include <stdint.h>
#include <uefi/malloc.h>
#include "../internal/malloc_impl.h"
#include "uefi_impl.h"

EFI_STATUS uefi_set_memory_type(EFI_MEMORY_TYPE type)
{
	uint32_t t = (uint32_t)type;
	if (t == EfiConventionalMemory || (t >= 14 && t < 0x70000000u))
		return EFI_INVALID_PARAMETER;
	if (!uefi_boot_services())
		return EFI_ACCESS_DENIED;
	if (type != uefi_memory_type())
		__malloc_new_generation();
	__uefi_memory_type_chosen = type;
	__uefi_memory_type_set = 1;
	return EFI_SUCCESS;
}
