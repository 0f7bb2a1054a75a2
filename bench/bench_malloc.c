/* make bench: the allocator against AllocatePool/FreePool and against the
 * floor (a bare size-class free list with no checks, below), side by side in
 * one boot, reported as ratios of cycles (rdtsc) per malloc/free pair.
 *
 * Workloads, repeatable from this text:
 *   pairs:  malloc(n); touch; free, n from a fixed xorshift sequence of
 *           sizes 8..256;
 *   steady: 10,000 live blocks of sizes 8..256; each step frees a random
 *           one and allocates a new random size in its place;
 *   memory: mixed sizes (70% 8..256, 25% 257..4096, 5% 4097..65536), 3
 *           allocations to 1 free at random, until 32 MiB are live: pages
 *           taken from the firmware's memory map, divided by bytes live.
 * Every allocator is called through a volatile function pointer, so that
 * the compiler can elide none of them and each pays the same call. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "bench_arch.h"

static uint32_t rng = 2463534242u;
static uint32_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

#define NSIZES 4096
static uint16_t sizes[NSIZES];

/* ---- the contenders ---- */
struct allocator {
	const char *name;
	void *(*alloc)(size_t);
	void (*release)(void *, size_t);
};

static void lib_free(void *p, size_t n)
{
	(void)n;
	free(p);
}

static void *pool_alloc(size_t n)
{
	void *p = NULL;
	return EFI_ERROR(uefi_boot_services()->AllocatePool(EfiLoaderData, n, &p)) ? NULL : p;
}

static void pool_free(void *p, size_t n)
{
	(void)n;
	uefi_boot_services()->FreePool(p);
}

/* The floor: 16-byte classes up to 256, a free list each, carved from one
 * arena; free is told the size.  No checks, no alignment care. */
static void *floor_list[17];
static char *floor_base, *floor_arena, *floor_end;

static void *floor_alloc(size_t n)
{
	size_t c = (n + 15) >> 4;
	void *p = floor_list[c];
	if (p) {
		floor_list[c] = *(void **)p;
		return p;
	}
	if (floor_arena + (c << 4) > floor_end)
		return NULL;
	p = floor_arena;
	floor_arena += c << 4;
	return p;
}

static void floor_free(void *p, size_t n)
{
	size_t c = (n + 15) >> 4;
	*(void **)p = floor_list[c];
	floor_list[c] = p;
}

static const struct allocator contenders[] = {
	{ "uefi-libc malloc", malloc, lib_free },
	{ "AllocatePool", pool_alloc, pool_free },
	{ "floor free list", floor_alloc, floor_free },
};

static double pairs(const struct allocator *a, long iters)
{
	void *(*volatile alloc)(size_t) = a->alloc;
	void (*volatile release)(void *, size_t) = a->release;
	uint64_t t0 = cycles();
	for (long i = 0; i < iters; i++) {
		size_t n = sizes[i & (NSIZES - 1)];
		char *p = alloc(n);
		p[0] = 1;
		release(p, n);
	}
	return (double)(cycles() - t0) / (double)iters;
}

#define LIVE 10000
static void *slot[LIVE];
static uint16_t slot_size[LIVE];

static double steady(const struct allocator *a, long iters)
{
	void *(*volatile alloc)(size_t) = a->alloc;
	void (*volatile release)(void *, size_t) = a->release;
	for (int i = 0; i < LIVE; i++) {
		slot_size[i] = sizes[i & (NSIZES - 1)];
		slot[i] = alloc(slot_size[i]);
	}
	rng = 88172645u;
	uint64_t t0 = cycles();
	for (long i = 0; i < iters; i++) {
		uint32_t r = next_rand();
		size_t k = r % LIVE, n = sizes[(r >> 16) & (NSIZES - 1)];
		release(slot[k], slot_size[k]);
		slot[k] = alloc(n);
		((char *)slot[k])[0] = 1;
		slot_size[k] = (uint16_t)n;
	}
	double c = (double)(cycles() - t0) / (double)iters;
	for (int i = 0; i < LIVE; i++)
		release(slot[i], slot_size[i]);
	return c;
}

static UINTN free_pages(void)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize, pages = 0;
	UINT32 dver;
	uefi_boot_services()->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver);
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if (d->Type == EfiConventionalMemory)
			pages += d->NumberOfPages;
	}
	return pages;
}

#define MIXED 60000
static void *mixed[MIXED];
static uint32_t mixed_size[MIXED];

static void memory(void)
{
	printf("bench: memory workload...\n");
	rng = 12345u;
	UINTN before = free_pages();
	size_t live = 0, n = 0;
	while (live < (32u << 20) && n < MIXED) {
		uint32_t r = next_rand();
		if (r % 4 == 3 && n) {
			size_t k = next_rand() % n;
			free(mixed[k]);
			live -= mixed_size[k];
			mixed[k] = mixed[--n];
			mixed_size[k] = mixed_size[n];
			continue;
		}
		uint32_t pick = next_rand() % 100, s;
		if (pick < 70)
			s = 8 + next_rand() % 249;
		else if (pick < 95)
			s = 257 + next_rand() % 3840;
		else
			s = 4097 + next_rand() % 61440;
		mixed[n] = malloc(s);
		memset(mixed[n], 1, s);
		mixed_size[n++] = s;
		live += s;
	}
	UINTN held = before - free_pages();
	printf("bench: memory, mixed sizes to %zu bytes live in %zu blocks: %llu pages held, "
	       "ratio %.3f (target <= 1.25)\n", live, n, (unsigned long long)held,
	       (double)held * 4096.0 / (double)live);
	for (size_t i = 0; i < n; i++)
		free(mixed[i]);
}

int main(void)
{
	for (int i = 0; i < NSIZES; i++)
		sizes[i] = (uint16_t)(8 + next_rand() % 249);
	size_t arena = 64u << 20;
	floor_base = floor_arena = malloc(arena);
	floor_end = floor_arena + arena;

	printf("bench: allocator, cycles per malloc/free pair (" BENCH_COUNTER ", QEMU TCG)\n");
	const long fast_iters = 2000000, pool_iters = 20000;
	double p[3], s[3];
	for (int k = 0; k < 3; k++) {
		long it = k == 1 ? pool_iters : fast_iters;
		pairs(&contenders[k], it / 10);    /* warm up */
		p[k] = pairs(&contenders[k], it);
		s[k] = steady(&contenders[k], it);
		printf("bench:   %-18s  pairs %.1f  steady %.1f\n", contenders[k].name, p[k], s[k]);
	}
	printf("bench: pairs:  AllocatePool / malloc = %.1fx (target >= 100x), malloc / floor = %.1fx (target <= 4x)\n",
	       p[1] / p[0], p[0] / p[2]);
	printf("bench: steady: AllocatePool / malloc = %.1fx (target >= 100x), malloc / floor = %.1fx (target <= 4x)\n",
	       s[1] / s[0], s[0] / s[2]);
	free(floor_base);
	memory();
	fflush(stdout);
	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
