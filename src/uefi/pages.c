#include <errno.h>
#include <stdint.h>
#include <uefi/malloc.h>
#include "../internal/sys.h"
#include "uefi_impl.h"

/* AllocatePages may legally return address 0, which C cannot use as an
 * object address.  Such a run is kept aside (so the next request gets other
 * pages) and given back at exit. */
static size_t zero_run_pages;

void *__sys_pages_alloc(size_t npages)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_PHYSICAL_ADDRESS a = 0;
	if (!bs || !npages ||
	    EFI_ERROR(bs->AllocatePages(AllocateAnyPages, uefi_memory_type(), npages, &a))) {
		errno = ENOMEM;
		return 0;
	}
	if (a == 0) {
		if (zero_run_pages) {
			bs->FreePages(0, npages);    /* cannot happen: page 0 is held */
			errno = ENOMEM;
			return 0;
		}
		zero_run_pages = npages;
		return __sys_pages_alloc(npages);
	}
	return (void *)(uintptr_t)a;
}

void __sys_pages_free(void *p, size_t npages)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs && p)
		bs->FreePages((EFI_PHYSICAL_ADDRESS)(uintptr_t)p, npages);
}

void __uefi_pages_fini(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs && zero_run_pages) {
		bs->FreePages(0, zero_run_pages);
		zero_run_pages = 0;
	}
}
