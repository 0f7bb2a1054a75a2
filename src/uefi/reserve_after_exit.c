#include <uefi/malloc.h>
#include "../internal/malloc_impl.h"

int uefi_reserve_after_exit(size_t bytes)
{
	return __malloc_reserve(bytes);
}
