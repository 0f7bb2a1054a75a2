/* The boot-service driver example (examples/drivers/kv_driver.c) loaded,
 * used and unloaded by this application through the boot services, while
 * every AllocatePages/FreePages/AllocatePool/FreePool/CreateEvent(Ex)/
 * CloseEvent call made from inside a driver image is recorded (the boot
 * services table's entries are wrapped; a call is the driver's when its
 * return address lies in the driver's image).  Checks:
 *   - started without a console (ConOut and StdErr NULL): printf fails
 *     cleanly inside the driver, the start succeeds;
 *   - while resident the driver holds pages, pool and its event, all of
 *     the image's type (EfiBootServicesData);
 *   - the protocol works (put, get, delete, describe with %.2f);
 *   - a second copy, and a copy given a bad option, fail to start and
 *     leave no page, pool block or event behind;
 *   - after UnloadImage nothing is left: no page, pool block or event, the
 *     pages are free in the memory map, the protocol is gone.
 * Usage: t_drv_kv.efi kv.efi */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <uefi/env.h>
#include "../../examples/drivers/kv.h"
#include "harness.h"

#define MAX_REC 4096
struct rec {
	int image;                   /* which tracked image (1..3) */
	int kind;                    /* 'P' pages, 'p' pool, 'e' event */
	uint64_t addr;
	UINTN pages;
	UINT32 type;
	int live;
};
static struct rec recs[MAX_REC];
static int nrec, overflow, unmatched;

static struct { uint64_t base, end; } images[4];
static EFI_BOOT_SERVICES saved;

static int image_of(void *ret)
{
	uint64_t a = (uint64_t)(uintptr_t)ret;
	for (int i = 1; i < 4; i++)
		if (a >= images[i].base && a < images[i].end)
			return i;
	return 0;
}

static void add(int image, int kind, uint64_t addr, UINTN pages, UINT32 type)
{
	if (nrec == MAX_REC) {
		overflow = 1;
		return;
	}
	recs[nrec++] = (struct rec){ image, kind, addr, pages, type, 1 };
}

static void drop(int image, int kind, uint64_t addr)
{
	for (int i = nrec - 1; i >= 0; i--)
		if (recs[i].live && recs[i].kind == kind && recs[i].addr == addr && recs[i].image == image) {
			recs[i].live = 0;
			return;
		}
	unmatched++;
}

static EFI_STATUS EFIAPI w_allocate_pages(EFI_ALLOCATE_TYPE t, EFI_MEMORY_TYPE mt, UINTN n, EFI_PHYSICAL_ADDRESS *a)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.AllocatePages(t, mt, n, a);
	if (img && !EFI_ERROR(s))
		add(img, 'P', *a, n, mt);
	return s;
}

static EFI_STATUS EFIAPI w_free_pages(EFI_PHYSICAL_ADDRESS a, UINTN n)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.FreePages(a, n);
	if (img && !EFI_ERROR(s))
		drop(img, 'P', a);
	return s;
}

static EFI_STATUS EFIAPI w_allocate_pool(EFI_MEMORY_TYPE mt, UINTN size, void **p)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.AllocatePool(mt, size, p);
	if (img && !EFI_ERROR(s))
		add(img, 'p', (uint64_t)(uintptr_t)*p, 0, mt);
	return s;
}

static EFI_STATUS EFIAPI w_free_pool(void *p)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.FreePool(p);
	if (img && !EFI_ERROR(s))
		drop(img, 'p', (uint64_t)(uintptr_t)p);
	return s;
}

static EFI_STATUS EFIAPI w_create_event(UINT32 type, EFI_TPL tpl, EFI_EVENT_NOTIFY fn, void *ctx, EFI_EVENT *e)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.CreateEvent(type, tpl, fn, ctx, e);
	if (img && !EFI_ERROR(s))
		add(img, 'e', (uint64_t)(uintptr_t)*e, 0, type);
	return s;
}

static EFI_STATUS EFIAPI w_create_event_ex(UINT32 type, EFI_TPL tpl, EFI_EVENT_NOTIFY fn, const void *ctx,
                                           const EFI_GUID *g, EFI_EVENT *e)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.CreateEventEx(type, tpl, fn, ctx, g, e);
	if (img && !EFI_ERROR(s))
		add(img, 'e', (uint64_t)(uintptr_t)*e, 0, type);
	return s;
}

static EFI_STATUS EFIAPI w_close_event(EFI_EVENT e)
{
	int img = image_of(__builtin_return_address(0));
	EFI_STATUS s = saved.CloseEvent(e);
	if (img && !EFI_ERROR(s))
		drop(img, 'e', (uint64_t)(uintptr_t)e);
	return s;
}

static void wrap(EFI_BOOT_SERVICES *bs)
{
	saved = *bs;
	bs->AllocatePages = w_allocate_pages;
	bs->FreePages = w_free_pages;
	bs->AllocatePool = w_allocate_pool;
	bs->FreePool = w_free_pool;
	bs->CreateEvent = w_create_event;
	bs->CreateEventEx = (EFI_CREATE_EVENT_EX)w_create_event_ex;
	bs->CloseEvent = w_close_event;
}

static void unwrap(EFI_BOOT_SERVICES *bs)
{
	bs->AllocatePages = saved.AllocatePages;
	bs->FreePages = saved.FreePages;
	bs->AllocatePool = saved.AllocatePool;
	bs->FreePool = saved.FreePool;
	bs->CreateEvent = saved.CreateEvent;
	bs->CreateEventEx = saved.CreateEventEx;
	bs->CloseEvent = saved.CloseEvent;
}

/* What image i holds now, of one kind ('P': pages summed). */
static UINTN held(int image, int kind)
{
	UINTN n = 0;
	for (int i = 0; i < nrec; i++)
		if (recs[i].image == image && recs[i].kind == kind && recs[i].live)
			n += kind == 'P' ? recs[i].pages : 1;
	return n;
}

static UINTN ever(int image, int kind)
{
	UINTN n = 0;
	for (int i = 0; i < nrec; i++)
		if (recs[i].image == image && recs[i].kind == kind)
			n++;
	return n;
}

static int types_are(int image, UINT32 type)
{
	for (int i = 0; i < nrec; i++)
		if (recs[i].image == image && recs[i].kind != 'e' && recs[i].type != type)
			return 0;
	return 1;
}

static void *file_data;
static size_t file_size;

static EFI_STATUS load(EFI_BOOT_SERVICES *bs, int slot, EFI_HANDLE *h, const CHAR16 *options)
{
	EFI_STATUS s = bs->LoadImage(FALSE, uefi_image_handle(), 0, file_data, file_size, h);
	if (EFI_ERROR(s))
		return s;
	EFI_GUID lip = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	s = bs->HandleProtocol(*h, &lip, (void **)&li);
	if (EFI_ERROR(s))
		return s;
	images[slot].base = (uint64_t)(uintptr_t)li->ImageBase;
	images[slot].end = images[slot].base + li->ImageSize;
	if (options) {
		li->LoadOptions = (void *)options;
		li->LoadOptionsSize = (UINT32)((wcslen(options) + 1) * sizeof(CHAR16));
	}
	if (slot == 1) {
		CHECK_EQ(li->ImageCodeType, EfiBootServicesCode, "image code type is EfiBootServicesCode");
		CHECK_EQ(li->ImageDataType, EfiBootServicesData, "image data type is EfiBootServicesData");
	}
	return EFI_SUCCESS;
}

/* Whether every page image 1 ever held is free memory now. */
static int all_free_in_map(EFI_BOOT_SERVICES *bs)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize;
	UINT32 dver;
	if (EFI_ERROR(bs->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return 0;
	for (int i = 0; i < nrec; i++) {
		if (recs[i].image != 1 || recs[i].kind != 'P')
			continue;
		for (UINTN k = 0; k < recs[i].pages; k++) {
			uint64_t a = recs[i].addr + k * 4096;
			int found = 0;
			for (UINTN off = 0; off < size; off += dsize) {
				EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
				if (a >= d->PhysicalStart && a < d->PhysicalStart + d->NumberOfPages * 4096) {
					found = d->Type == EfiConventionalMemory;
					break;
				}
			}
			if (!found) {
				th_puts("page still taken: ");
				th_puthex(a);
				th_puts("\n");
				return 0;
			}
		}
	}
	return 1;
}

int main(int argc, char **argv)
{
	th_begin("drv-kv");
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	FILE *f = argc > 1 ? fopen(argv[1], "rb") : 0;
	CHECK(f, "driver file opened");
	if (!f) {
		th_end();
		return 1;
	}
	file_data = malloc(1 << 20);
	file_size = fread(file_data, 1, 1 << 20, f);
	fclose(f);
	CHECK(file_size > 4096 && file_size < (1 << 20), "driver file read");

	/* 1. Started with no console at all. */
	EFI_HANDLE h1 = 0;
	CHECK_EQ(load(bs, 1, &h1, 0), EFI_SUCCESS, "LoadImage");
	wrap(bs);
	SIMPLE_TEXT_OUTPUT_INTERFACE *conout = st->ConOut, *stderr_ = st->StdErr;
	st->ConOut = 0;
	st->StdErr = 0;
	EFI_STATUS s = bs->StartImage(h1, 0, 0);
	st->ConOut = conout;
	st->StdErr = stderr_;
	CHECK_EQ(s, EFI_SUCCESS, "StartImage without a console succeeds");
	CHECK(held(1, 'P') > 0, "resident: holds pages");
	CHECK(held(1, 'p') > 0, "resident: holds pool (argv)");
	CHECK_EQ(held(1, 'e'), 1, "resident: holds one event (its ExitBootServices guard)");
	CHECK(types_are(1, EfiBootServicesData), "resident: every page and pool block of the image's type");

	/* 2. The protocol. */
	EFI_GUID g = KV_PROTOCOL_GUID;
	KV_PROTOCOL *kv = 0;
	CHECK_EQ(bs->LocateProtocol(&g, 0, (void **)&kv), EFI_SUCCESS, "LocateProtocol");
	if (kv) {
		char buf[200];
		UINTN n = sizeof buf;
		CHECK_EQ(kv->Revision, KV_PROTOCOL_REVISION, "revision");
		CHECK_EQ(kv->Put(kv, "a", "alpha"), EFI_SUCCESS, "put a");
		CHECK_EQ(kv->Put(kv, "b", "beta"), EFI_SUCCESS, "put b");
		CHECK_EQ(kv->Put(kv, "a", "ALPHA!"), EFI_SUCCESS, "put a again");
		CHECK_EQ(kv->Put(kv, "", "x"), EFI_INVALID_PARAMETER, "put empty key");
		CHECK_EQ(kv->Get(kv, "a", buf, &n), EFI_SUCCESS, "get a");
		CHECK(n == 7 && !strcmp(buf, "ALPHA!"), "get a: the newer value");
		n = 3;
		CHECK_EQ(kv->Get(kv, "b", buf, &n), EFI_BUFFER_TOO_SMALL, "get b, small buffer");
		CHECK_EQ(n, 5, "get b, size wanted");
		n = sizeof buf;
		CHECK_EQ(kv->Get(kv, "zz", buf, &n), EFI_NOT_FOUND, "get missing");
		CHECK_EQ(kv->Delete(kv, "b"), EFI_SUCCESS, "delete b");
		CHECK_EQ(kv->Delete(kv, "b"), EFI_NOT_FOUND, "delete b again");
		n = sizeof buf;
		CHECK_EQ(kv->Describe(kv, buf, &n), EFI_SUCCESS, "describe");
		CHECK(!strncmp(buf, "1 keys, 6 bytes, 6.00 bytes a value, 3 puts since 20", 52) && n == strlen(buf) + 1,
		      "describe: 1 key, 6 bytes, %.2f, 3 puts");
		th_puts("drv-kv: ");
		th_puts(buf);
		th_puts("\n");
		/* Make it hold many blocks and a few large runs. */
		char *big = malloc(300000);
		memset(big, 'v', 299999);
		big[299999] = 0;
		int ok = 1;
		for (int i = 0; i < 2000 && ok; i++) {
			char key[16];
			snprintf(key, sizeof key, "k%d", i);
			ok = kv->Put(kv, key, i % 500 == 0 ? big : key) == EFI_SUCCESS;
		}
		free(big);
		CHECK(ok, "2000 puts, 4 of them 300 kB");
		n = sizeof buf;
		n = 1;
		CHECK_EQ(kv->Get(kv, "k1000", 0, &n), EFI_INVALID_PARAMETER, "get k1000, no buffer");
		n = 0;
		CHECK_EQ(kv->Get(kv, "k1000", 0, &n), EFI_BUFFER_TOO_SMALL, "get k1000 size");
		CHECK_EQ(n, 300000, "get k1000 size wanted");
		CHECK(held(1, 'P') > 300, "resident: holds more than 300 pages now");
	}

	/* 3. A second copy fails to start, and leaves nothing. */
	EFI_HANDLE h2 = 0;
	CHECK_EQ(load(bs, 2, &h2, 0), EFI_SUCCESS, "LoadImage, second copy");
	s = bs->StartImage(h2, 0, 0);
	CHECK_EQ(s, 0xC000000000000001ull, "second copy: start fails with exit status 1");
	CHECK(ever(2, 'P') > 0 && ever(2, 'p') > 0, "second copy: had taken pages and pool");
	CHECK_EQ(held(2, 'P'), 0, "second copy: no page left");
	CHECK_EQ(held(2, 'p'), 0, "second copy: no pool block left");
	CHECK_EQ(held(2, 'e'), 0, "second copy: no event left");
	images[2].base = images[2].end = 0;     /* its memory may be reused */

	/* 4. A bad option: main returns 2 before allocating much. */
	EFI_HANDLE h3 = 0;
	CHECK_EQ(load(bs, 3, &h3, L"-b 0"), EFI_SUCCESS, "LoadImage, bad option");
	s = bs->StartImage(h3, 0, 0);
	CHECK_EQ(s, 0xC000000000000002ull, "bad option: start fails with exit status 2");
	CHECK_EQ(held(3, 'P'), 0, "bad option: no page left");
	CHECK_EQ(held(3, 'p'), 0, "bad option: no pool block left");
	CHECK_EQ(held(3, 'e'), 0, "bad option: no event left");
	images[3].base = images[3].end = 0;

	/* 5. Unload: nothing left. */
	UINTN pages_before = held(1, 'P');
	s = bs->UnloadImage(h1);
	CHECK_EQ(s, EFI_SUCCESS, "UnloadImage");
	th_puts("drv-kv: unload gave back ");
	th_putu(pages_before, 10);
	th_puts(" pages\n");
	CHECK_EQ(held(1, 'P'), 0, "unloaded: no page left");
	CHECK_EQ(held(1, 'p'), 0, "unloaded: no pool block left");
	CHECK_EQ(held(1, 'e'), 0, "unloaded: no event left");
	CHECK(all_free_in_map(bs), "unloaded: every page it held is free in the memory map");
	unwrap(bs);
	CHECK_EQ(unmatched, 0, "no free of something never allocated");
	CHECK(!overflow, "record table large enough");
	void *p;
	CHECK_EQ(bs->LocateProtocol(&g, 0, &p), EFI_NOT_FOUND, "unloaded: the protocol is gone");
	th_end();
	return 0;
}
