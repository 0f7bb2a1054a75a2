/* uefi_reserve_after_exit: a bootloader keeps 2 MiB for malloc, exits boot
 * services directly, and allocates, frees and reallocates afterwards.  The
 * boot services table is then filled with traps, so any firmware call the
 * library made would be reported. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include <uefi/malloc.h>
#include "harness.h"

static void EFIAPI trap(void)
{
	th_puts("not ok reserve/the library called boot services after exit\n");
	th_qemu_exit(3);
}

static void *volatile sink;

int main(void)
{
	th_begin("reserve");
	CHECK_EQ(uefi_reserve_after_exit(2u << 20), 0, "reserve 2 MiB");
	char *early = malloc(5000);
	memset(early, 'e', 5000);

	EFI_BOOT_SERVICES *bs = uefi_system_table()->BootServices;
	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");
	/* Every slot after the header becomes a trap. */
	void **slot = (void **)((char *)bs + sizeof(EFI_TABLE_HEADER));
	void **end = (void **)((char *)bs + sizeof *bs);
	for (; slot < end; slot++)
		*slot = (void *)trap;

	CHECK(uefi_boot_services() == NULL, "boot services are gone");
	char *blocks[3000];
	size_t n = 0, bytes = 0;
	while (n < 3000 && (blocks[n] = sink = malloc(700)) != NULL) {
		memset(blocks[n], (int)n, 700);
		bytes += 700;
		n++;
	}
	CHECK(bytes > 1800000 && bytes <= 2u << 20, "about 2 MB of small blocks after exit");
	CHECK_EQ(errno, ENOMEM, "then ENOMEM");
	int ok = 1;
	for (size_t i = 0; i < n; i++)
		ok &= blocks[i][0] == (char)i && blocks[i][699] == (char)i;
	CHECK(ok, "contents kept");
	for (size_t i = 0; i < n; i++)
		free(blocks[i]);
	char *big = sink = malloc(1u << 20);
	CHECK(big != NULL, "1 MiB block after freeing the small ones");
	if (big)
		memset(big, 1, 1u << 20);
	char *grown = sink = realloc(early, 20000);
	CHECK(grown && grown[0] == 'e' && grown[4999] == 'e', "realloc of a block from before exit");
	free(grown);
	free(big);
	char *c = sink = calloc(1000, 100);
	CHECK(c && c[0] == 0 && c[99999] == 0, "calloc inside the reserve");
	th_end();
	th_qemu_exit(0);
	return 0;
}
