/* The memory type of the pages the library takes (<uefi/malloc.h>).  Kept
 * apart from uefi_set_memory_type and uefi_reserve_after_exit, which reach
 * into malloc: the page layer asks for the type in every program, and must
 * not drag the allocator (and through it stderr) into one that never
 * allocates. */
#include <uefi/malloc.h>
#include "uefi_impl.h"

int __uefi_memory_type_set;
EFI_MEMORY_TYPE __uefi_memory_type_chosen;

EFI_MEMORY_TYPE uefi_memory_type(void)
{
	if (__uefi_memory_type_set)
		return __uefi_memory_type_chosen;
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	return li ? li->ImageDataType : EfiLoaderData;
}
