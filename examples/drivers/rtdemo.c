/* A runtime driver written with the library (docs/drivers.md, "Runtime
 * drivers"):
 *
 *   uefi-cc --runtime-driver -O2 -o rtdemo.efi rtdemo.c
 *
 * It publishes an RT_DEMO_TABLE (rtdemo.h) as a configuration table.  An OS
 * loader finds it before ExitBootServices and calls Report after
 * SetVirtualAddressMap, through the virtual addresses the OS chose: Report
 * formats with snprintf, reads the clock (GetTime), allocates and frees 64
 * blocks inside the malloc reserve set up at start, and checks blocks it
 * allocated before the exit.  It also prints a line on QEMU's debugcon
 * (port 0xE9), the console sink chosen for after the exit.
 *
 * Options: -r BYTES  the malloc reserve for after ExitBootServices (0: none;
 *                    malloc then fails with ENOMEM there)
 *          -i N      the instance number in the table's GUID (1 to 15) */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uefi/console.h>
#include <uefi/malloc.h>
#include <uefi/runtime.h>
#include "rtdemo.h"

#define KEPT_SMALL 5000
#define KEPT_LARGE 200000

static RT_DEMO_TABLE *table;
static unsigned char *kept_small, *kept_large;
static unsigned calls;

static int pattern_ok(const unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (unsigned char)(seed + i * 7))
			return 0;
	return 1;
}

static void pattern(unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

static EFI_STATUS EFIAPI report(RT_DEMO_TABLE *This, RT_DEMO_REPORT *out)
{
	if (This != table || !out)
		return EFI_INVALID_PARAMETER;
	memset(out, 0, sizeof *out);
	out->Calls = ++calls;
	out->Virtual = (UINT32)uefi_runtime_virtual();
	out->Now = (INT64)time(0);
	out->KeptIntact = kept_small && kept_large && pattern_ok(kept_small, KEPT_SMALL, 1) &&
	                  pattern_ok(kept_large, KEPT_LARGE, 2);
	/* Blocks of many classes, a large one among them. */
	unsigned char *p[64];
	unsigned n = 0;
	errno = 0;
	for (; n < 64; n++) {
		size_t size = n == 40 ? 70000 : 16 + n * 97;
		if (!(p[n] = malloc(size)))
			break;
		pattern(p[n], size, (unsigned char)n);
	}
	if (n < 64)
		out->MallocErrno = errno;
	unsigned good = 0;
	for (unsigned i = 0; i < n; i++) {
		size_t size = i == 40 ? 70000 : 16 + i * 97;
		good += pattern_ok(p[i], size, (unsigned char)i);
		free(p[i]);
	}
	out->Blocks = good;
	/* The blocks from before the exit go back on the first call (when
	 * there is a reserve, free works; without one it does nothing). */
	if (calls == 1 && out->KeptIntact) {
		free(kept_small);
		free(kept_large);
		kept_small = kept_large = 0;
	}
	int len = snprintf(out->Text, sizeof out->Text, "rtdemo %u: call %u at %lld, %u/64 blocks, errno %d, pi %.5f",
	                   This->Instance, calls, (long long)out->Now, good, out->MallocErrno, 4 * atan(1.0));
	printf("%s\n", out->Text);
	return len > 0 && (size_t)len < sizeof out->Text ? EFI_SUCCESS : EFI_BUFFER_TOO_SMALL;
}

int main(int argc, char **argv)
{
	unsigned long reserve = 1 << 20, instance = 1;
	int c;
	while ((c = getopt(argc, argv, "r:i:")) != -1) {
		switch (c) {
		case 'r':
			reserve = strtoul(optarg, 0, 0);
			break;
		case 'i':
			instance = strtoul(optarg, 0, 0);
			break;
		default:
			return 2;
		}
	}
	if (instance < 1 || instance > 15)
		return 2;
	if (reserve && uefi_reserve_after_exit(reserve)) {
		perror("rtdemo: reserve");
		return 1;
	}
	/* All of it is EfiRuntimeServicesData (the image's data type), so
	 * that the OS maps it; each pointer set at run time is registered. */
	table = malloc(sizeof *table);
	kept_small = malloc(KEPT_SMALL);
	kept_large = malloc(KEPT_LARGE);
	if (!table || !kept_small || !kept_large)
		return 1;
	pattern(kept_small, KEPT_SMALL, 1);
	pattern(kept_large, KEPT_LARGE, 2);
	table->Revision = RT_DEMO_REVISION;
	table->Instance = (UINT32)instance;
	table->Report = report;
#ifndef RTDEMO_CONTROL   /* the test's control build forgets this pointer */
	if (uefi_runtime_register((void **)&table->Report))
		return 1;
#endif
	if (uefi_runtime_register((void **)&table) ||
	    uefi_runtime_register((void **)&kept_small) || uefi_runtime_register((void **)&kept_large)) {
		perror("rtdemo: uefi_runtime_register");
		return 1;
	}
	uefi_console_after_exit(UEFI_CONSOLE_DEBUGCON, UEFI_DEBUGCON_PORT, 0);
	EFI_GUID guid = RT_DEMO_TABLE_GUID(instance);
	EFI_STATUS s = uefi_boot_services()->InstallConfigurationTable(&guid, table);
	if (EFI_ERROR(s))
		return 1;
	printf("rtdemo %lu: ready, reserve %lu bytes\n", instance, reserve);
	return 0;
}
