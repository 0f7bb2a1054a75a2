/* Runs after other uefi-libc programs have exited.  Fills every free page
 * with int3 (0xCC; BRK on aarch64), then calls ExitBootServices.  Had any earlier program
 * left its ExitBootServices event registered, the firmware would now call
 * its notify function inside freed, poisoned memory and the machine would
 * trap and hang: the runner sees no "end" line.  With the event closed,
 * ExitBootServices returns and this program reports. */
#include <uefi/env.h>
#include "harness.h"

#if defined(__x86_64__)
static void poison(void *p, UINTN bytes)
{
	UINTN q = bytes / 8;
	uint64_t v = 0xCCCCCCCCCCCCCCCCull;
	__asm__ volatile("rep stosq" : "+D"(p), "+c"(q) : "a"(v) : "memory");
}
#else
/* aarch64: every word BRK #0xCC (0xD4201980), the int3 of Arm. */
static void poison(void *p, UINTN bytes)
{
	volatile uint64_t *w = p;
	for (UINTN i = 0; i < bytes / 8; i++)
		w[i] = 0xD4201980D4201980ull;
}
#endif

int main(void)
{
	th_begin("ebs-after-exit");
	EFI_BOOT_SERVICES *bs = uefi_system_table()->BootServices;
	UINTN pages = 0;

	/* Take all free memory, largest runs first, and poison it. */
	for (UINTN chunk = 1u << 16; chunk; chunk >>= 1) {
		EFI_PHYSICAL_ADDRESS a;
		while (!EFI_ERROR(bs->AllocatePages(AllocateAnyPages, EfiLoaderData, chunk, &a))) {
			poison((void *)(uintptr_t)a, chunk * 4096);
			pages += chunk;
		}
	}
	th_puts("ebs-after-exit: poisoned ");
	th_putu(pages / 256, 10);
	th_puts(" MiB\n");
	CHECK(pages > 1024, "took free memory");

	/* Its map buffer is in the image, so this allocates nothing. */
	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices returned");
	th_end();
	th_qemu_exit(0);
	return 0;
}
