/* Started by t_parent with LoadOptions chosen by the parent.  Its exit status
 * is what the parent checks:
 *   status N   return N from main          exit N   atexit, then exit(N) deep down
 *   abort      abort()                     leak N   malloc N MiB, never free
 *   rawleak    5 pages from AllocatePages directly, never freed (control)
 *   doublefree, overflow   hardening: must abort (EFI_ABORTED) with a message
 *   memtype    blocks land in pages of the type set by uefi_set_memory_type
 *   anything else: return a hash of argv, so that the parent can check
 *   every byte of every word. */
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include <uefi/malloc.h>
#include "harness.h"
#include "argv_hash.h"

static long number(const char *s)
{
	long sign = 1, v = 0;
	if (*s == '-') {
		sign = -1;
		s++;
	}
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}

static void atexit_handler(void)
{
	th_puts("child: atexit handler ran\n");
}

/* The memory map's type for address a, or -1. */
static long long type_at(const void *a)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize;
	UINT32 dver;
	if (EFI_ERROR(uefi_boot_services()->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return -1;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if ((uintptr_t)a >= d->PhysicalStart && (uintptr_t)a < d->PhysicalStart + d->NumberOfPages * 4096)
			return (long long)(uint32_t)d->Type;
	}
	return -1;
}

/* Exit status 0 when every check holds, else the number of the first that failed. */
static int memtype(void)
{
	const EFI_MEMORY_TYPE oem = (EFI_MEMORY_TYPE)0x80000123u;
	if (uefi_set_memory_type(EfiConventionalMemory) != EFI_INVALID_PARAMETER)
		return 11;
	if (uefi_set_memory_type((EFI_MEMORY_TYPE)0x1000) != EFI_INVALID_PARAMETER)
		return 12;
	if (uefi_memory_type() != EfiLoaderData)
		return 13;
	char *before = malloc(40);
	if (type_at(before) != EfiLoaderData)
		return 14;
	if (uefi_set_memory_type(oem) != EFI_SUCCESS || uefi_memory_type() != oem)
		return 15;
	char *small = malloc(40), *large = malloc(300000), *aligned = aligned_alloc(8192, 100);
	if (!small || !large || !aligned)
		return 16;
	if (type_at(small) != 0x80000123LL || type_at(large) != 0x80000123LL || type_at(aligned) != 0x80000123LL)
		return 17;
	if (type_at(before) != EfiLoaderData)
		return 18;
	free(before);
	return 0;   /* the rest is left for exit to give back */
}

static _Noreturn void deep_exit(int depth, int status)
{
	if (depth)
		deep_exit(depth - 1, status);
	exit(status);
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	if (!strcmp(cmd, "status") && argc > 2)
		return (int)number(argv[2]);
	if (!strcmp(cmd, "exit") && argc > 2) {
		atexit(atexit_handler);
		deep_exit(10, (int)number(argv[2]));
	}
	if (!strcmp(cmd, "abort"))
		abort();
	if (!strcmp(cmd, "leak") && argc > 2) {
		/* Mixed sizes, small and large, all left allocated. */
		long mib = number(argv[2]);
		size_t total = 0, i = 0;
		char *r = NULL;
		while (total < (size_t)mib << 20) {
			size_t n = (i % 7 == 0) ? 100000 + i * 13 : 16 + (i * 37) % 1000;
			char *p = i % 5 == 1 ? aligned_alloc((size_t)64 << (i % 8), n) : malloc(n);
			if (i % 11 == 3)
				r = realloc(r, n);
			if (!p)
				return 1;
			p[0] = p[n - 1] = 1;
			total += n;
			i++;
		}
		return 0;
	}
	/* Through volatile pointers: a compiler may drop a malloc/free pair it
	 * can see whole, and these must reach the library. */
	static void *(*volatile do_malloc)(size_t) = malloc;
	static void (*volatile do_free)(void *) = free;
	if (!strcmp(cmd, "doublefree")) {
		char *p = do_malloc(32);
		do_free(p);
		do_free(p);
		return 2;   /* not reached */
	}
	if (!strcmp(cmd, "overflow")) {
		char *p = do_malloc(20);
		memset(p, 'x', 24);   /* the 24 usable bytes, then one past them: */
		p[24] ^= 0x5A;        /* flipped, so that it changes whatever the canary */
		do_free(p);
		return 2;
	}
	if (!strcmp(cmd, "memtype"))
		return memtype();
	if (!strcmp(cmd, "rawleak")) {
		EFI_PHYSICAL_ADDRESS a;
		return (int)uefi_boot_services()->AllocatePages(AllocateAnyPages, EfiLoaderData, 5, &a);
	}
	return (int)argv_hash(argc, (const char *const *)argv);
}
