/* uefi_exit_boot_services' retry path, provoked: GetMemoryMap is wrapped so
 * that after it returns a map it allocates a page (as a timer event of the
 * firmware might), which makes that map's key stale.
 *   control: one attempt allowed: ExitBootServices fails with
 *            EFI_INVALID_PARAMETER and the program goes on (console,
 *            malloc, the guard still armed);
 *   retry:   the key is made stale three times in a row: the helper reads
 *            the map again into the same buffer, without allocating
 *            anything (pool and page calls are trapped after the first
 *            failure), and exits on the fourth attempt.
 * The final map must contain the page allocated before the last read (it
 * is the fresh map), and main then returns: the machine powers off. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/boot.h>
#include "harness.h"

static EFI_GET_MEMORY_MAP real_gmm;
static EFI_EXIT_BOOT_SERVICES real_ebs;
static EFI_ALLOCATE_PAGES real_ap;
static EFI_FREE_PAGES real_fp;
static EFI_ALLOCATE_POOL real_apool;
static EFI_FREE_POOL real_fpool;

static int stale_left;            /* maps still to be made stale */
static EFI_PHYSICAL_ADDRESS last_stale_page;
static int ebs_failed;            /* an ExitBootServices call failed */
/* Inside the firmware's own GetMemoryMap or ExitBootServices: the firmware
 * allocates through the same table (its notify functions do), and only the
 * library's calls are counted. */
static int in_firmware;
static unsigned ebs_calls, gmm_calls_after_fail, allocs_after_fail, firmware_allocs;

static EFI_STATUS EFIAPI gmm(UINTN *size, EFI_MEMORY_DESCRIPTOR *map, UINTN *key, UINTN *dsize, UINT32 *dver)
{
	in_firmware++;
	EFI_STATUS s = real_gmm(size, map, key, dsize, dver);
	in_firmware--;
	if (ebs_failed)
		gmm_calls_after_fail++;
	if (s == EFI_SUCCESS && stale_left > 0) {
		stale_left--;
		EFI_PHYSICAL_ADDRESS a = 0;
		if (real_ap(AllocateAnyPages, EfiLoaderData, 1, &a) == EFI_SUCCESS)
			last_stale_page = a;
	}
	return s;
}

static EFI_STATUS EFIAPI ebs(EFI_HANDLE image, UINTN key)
{
	ebs_calls++;
	in_firmware++;
	EFI_STATUS s = real_ebs(image, key);
	in_firmware--;
	if (s == EFI_INVALID_PARAMETER)
		ebs_failed = 1;
	return s;
}

static void count_alloc(void)
{
	if (!ebs_failed)
		return;
	if (in_firmware)
		firmware_allocs++;
	else
		allocs_after_fail++;
}

static EFI_STATUS EFIAPI ap(EFI_ALLOCATE_TYPE t, EFI_MEMORY_TYPE m, UINTN n, EFI_PHYSICAL_ADDRESS *a)
{
	count_alloc();
	return real_ap(t, m, n, a);
}

static EFI_STATUS EFIAPI fp(EFI_PHYSICAL_ADDRESS a, UINTN n)
{
	count_alloc();
	return real_fp(a, n);
}

static EFI_STATUS EFIAPI apool(EFI_MEMORY_TYPE m, UINTN n, void **p)
{
	count_alloc();
	return real_apool(m, n, p);
}

static EFI_STATUS EFIAPI fpool(void *p)
{
	count_alloc();
	return real_fpool(p);
}

static void reset_counts(void)
{
	ebs_failed = 0;
	ebs_calls = gmm_calls_after_fail = allocs_after_fail = firmware_allocs = 0;
}

static void *volatile sink;

int main(void)
{
	th_begin("ebs-retry");
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	real_gmm = bs->GetMemoryMap;
	real_ebs = bs->ExitBootServices;
	real_ap = bs->AllocatePages;
	real_fp = bs->FreePages;
	real_apool = bs->AllocatePool;
	real_fpool = bs->FreePool;
	bs->GetMemoryMap = gmm;
	bs->ExitBootServices = ebs;
	bs->AllocatePages = ap;
	bs->FreePages = fp;
	bs->AllocatePool = apool;
	bs->FreePool = fpool;

	/* Control: without a retry the stale key is fatal to the attempt. */
	uefi_memory_map c = { .max_attempts = 1 };
	stale_left = 1;
	errno = 0;
	EFI_STATUS s = uefi_exit_boot_services(&c);
	CHECK_EQ(s, EFI_INVALID_PARAMETER, "control: one attempt fails");
	CHECK_EQ(c.attempts, 1, "control: attempts");
	CHECK_EQ(ebs_calls, 1, "control: ExitBootServices calls");
	CHECK_EQ(errno, EINVAL, "control: errno");
	CHECK(c.error && strstr(c.error, "stale"), "control: says why");
	CHECK(uefi_boot_services() == bs, "control: boot services still there");
	char *p = sink = malloc(50000);
	CHECK(p != NULL, "control: malloc goes on");
	free(p);
	CHECK(printf("ebs-retry: control attempt failed as it should: %s\n", c.error) > 0, "control: the console goes on");
	uefi_memory_map_free(&c);

	/* Three stale keys in a row, then the real exit. */
	reset_counts();
	uefi_memory_map m = { 0 };
	stale_left = 3;
	s = uefi_exit_boot_services(&m);
	CHECK_EQ(s, EFI_SUCCESS, "retry: ExitBootServices succeeded");
	CHECK_EQ(m.attempts, 4, "retry: attempts");
	CHECK_EQ(ebs_calls, 4, "retry: ExitBootServices calls");
	CHECK(m.error == NULL, "retry: error is NULL");
	CHECK_EQ(gmm_calls_after_fail, 3, "retry: one GetMemoryMap per retry");
	CHECK_EQ(allocs_after_fail, 0, "retry: no pool or page call after the first failure");
	CHECK(uefi_boot_services() == NULL, "retry: boot services gone");
	size_t n = uefi_memory_map_count(&m);
	CHECK(n > 4 && m.size == n * m.descriptor_size, "retry: the map has descriptors");
	CHECK(m.size <= m.capacity, "retry: the map fits its buffer");
	CHECK(m.descriptor_size >= sizeof(EFI_MEMORY_DESCRIPTOR), "retry: descriptor size");
	int fresh = 0, sane = 1;
	UEFI_MEMORY_MAP_FOREACH(d, &m) {
		sane &= d->NumberOfPages > 0 && (d->PhysicalStart & 0xFFF) == 0;
		if (d->Type == EfiLoaderData && last_stale_page >= d->PhysicalStart &&
		    last_stale_page < d->PhysicalStart + d->NumberOfPages * 4096)
			fresh = 1;
	}
	CHECK(sane, "retry: descriptors sane");
	CHECK(fresh, "retry: the final map holds the page allocated before the last read");
	th_puts("info ebs-retry: ");
	th_putu(n, 10);
	th_puts(" descriptors of ");
	th_putu(m.descriptor_size, 10);
	th_puts(" bytes, buffer ");
	th_putu(m.capacity, 10);
	th_puts(" bytes, ExitBootServices calls ");
	th_putu(m.attempts, 10);
	th_puts(", pool/page calls by the firmware itself meanwhile ");
	th_putu(firmware_allocs, 10);
	th_puts("\n");
	th_end();
	return 0;   /* exit without boot services: powered off */
}
