#include <stdint.h>
#include <uefi/malloc.h>
#include "../internal/malloc_impl.h"
#include "uefi_impl.h"

static int type_set;
static EFI_MEMORY_TYPE chosen;

EFI_STATUS uefi_set_memory_type(EFI_MEMORY_TYPE type)
{
	uint32_t t = (uint32_t)type;
	if (t == EfiConventionalMemory || (t >= 14 && t < 0x70000000u))
		return EFI_INVALID_PARAMETER;
	if (!uefi_boot_services())
		return EFI_ACCESS_DENIED;
	if (type != uefi_memory_type())
		__malloc_new_generation();
	chosen = type;
	type_set = 1;
	return EFI_SUCCESS;
}

EFI_MEMORY_TYPE uefi_memory_type(void)
{
	if (type_set)
		return chosen;
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	return li ? li->ImageDataType : EfiLoaderData;
}

int uefi_reserve_after_exit(size_t bytes)
{
	return __malloc_reserve(bytes);
}
