/* The bootloader toolkit while boot services run: the memory map and its
 * iterator, uefi_load_file (content, alignment, memory type, every error),
 * uefi_framebuffer, and argument checks.  The runner puts on the disk
 *   bk.bin    300017 bytes, byte i = (i * 7 + 3) % 251
 *   empty.bin 0 bytes
 * and the program itself is \EFI\BOOT\BOOTX64.EFI. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <uefi/boot.h>
#include <uefi/console.h>
#include "harness.h"

#define BK_SIZE 300017u
#define OS_TYPE ((EFI_MEMORY_TYPE)0x80000001u)

static EFI_ALLOCATE_PAGES real_ap;
/* Refuses pages of one type, the one the test asks uefi_load_file for (the
 * disk driver below needs pages of its own to read). */
#define SCARCE_TYPE ((EFI_MEMORY_TYPE)0x80000002u)
static EFI_STATUS EFIAPI no_pages(EFI_ALLOCATE_TYPE t, EFI_MEMORY_TYPE m, UINTN n, EFI_PHYSICAL_ADDRESS *a)
{
	return m == SCARCE_TYPE ? EFI_OUT_OF_RESOURCES : real_ap(t, m, n, a);
}

/* The type of the descriptor holding address a, or -1. */
static long long type_at(EFI_PHYSICAL_ADDRESS a)
{
	uefi_memory_map m = { 0 };
	long long t = -1;
	if (uefi_memory_map_get(&m) != EFI_SUCCESS)
		return -2;
	UEFI_MEMORY_MAP_FOREACH(d, &m)
		if (a >= d->PhysicalStart && a < d->PhysicalStart + d->NumberOfPages * 4096)
			t = d->Type;
	uefi_memory_map_free(&m);
	return t;
}

int main(void)
{
	th_begin("bootkit");
	EFI_BOOT_SERVICES *bs = uefi_boot_services();

	/* ---- the memory map ---- */
	uefi_memory_map m = { 0 };
	CHECK_EQ(uefi_memory_map_get(&m), EFI_SUCCESS, "memory_map_get");
	size_t n = uefi_memory_map_count(&m);
	CHECK(n > 4 && n == m.size / m.descriptor_size, "count from size");
	CHECK(m.descriptor_size >= sizeof(EFI_MEMORY_DESCRIPTOR), "descriptor size at least the struct");
	CHECK(m.size <= m.capacity && m.key != 0, "map fits buffer");
	size_t walked = 0, chain = 1;
	UINT64 conventional = 0;
	EFI_MEMORY_DESCRIPTOR *prev = NULL;
	UEFI_MEMORY_MAP_FOREACH(d, &m) {
		chain &= d == uefi_memory_map_at(&m, walked);
		chain &= (char *)d == (char *)m.buffer + walked * m.descriptor_size;
		chain &= uefi_memory_map_next(&m, prev) == d;
		if (d->Type == EfiConventionalMemory)
			conventional += d->NumberOfPages;
		prev = d;
		walked++;
	}
	CHECK_EQ(walked, n, "iterator visits every descriptor");
	CHECK(chain, "iterator steps by DescriptorSize");
	CHECK(uefi_memory_map_next(&m, prev) == NULL, "next after the last is NULL");
	CHECK(uefi_memory_map_at(&m, n) == NULL, "at(count) is NULL");
	CHECK(conventional > 16384 && conventional < 65536, "free memory in the map (about 256 MiB guest)");
	void *buf = m.buffer;
	CHECK_EQ(uefi_memory_map_get(&m), EFI_SUCCESS, "get again");
	CHECK(m.buffer == buf, "buffer reused when the map fits");
	uefi_memory_map_free(&m);
	CHECK(m.buffer == NULL && m.capacity == 0 && uefi_memory_map_count(&m) == 0, "free zeroes");
	CHECK(uefi_memory_map_next(&m, NULL) == NULL, "empty map iterates to nothing");
	errno = 0;
	CHECK_EQ(uefi_memory_map_get(NULL), EFI_INVALID_PARAMETER, "get(NULL)");
	CHECK_EQ(errno, EINVAL, "get(NULL) errno");
	CHECK(uefi_memory_map_count(NULL) == 0, "count(NULL) is 0");
	CHECK(strcmp(uefi_memory_type_name(EfiLoaderData), "LoaderData") == 0 &&
	      strcmp(uefi_memory_type_name(EfiReservedMemoryType), "ReservedMemoryType") == 0 &&
	      strcmp(uefi_memory_type_name(15), "UnacceptedMemory") == 0 &&
	      strcmp(uefi_memory_type_name(0x70000005u), "OEM") == 0 &&
	      strcmp(uefi_memory_type_name(0x80000001u), "OS") == 0 &&
	      strcmp(uefi_memory_type_name(20), "Reserved(20)") == 0, "type names");

	/* ---- uefi_load_file ---- */
	void *data = NULL;
	size_t size = 0;
	CHECK_EQ(uefi_load_file("/bk.bin", OS_TYPE, 0, &data, &size), 0, "load bk.bin");
	CHECK_EQ(size, BK_SIZE, "size");
	CHECK(data && (uintptr_t)data % 4096 == 0, "page-aligned");
	int same = data != NULL;
	for (size_t i = 0; same && i < BK_SIZE; i++)
		same = ((unsigned char *)data)[i] == (i * 7 + 3) % 251;
	CHECK(same, "content byte for byte");
	int tail = data != NULL;
	for (size_t i = BK_SIZE; tail && i < (BK_SIZE + 4095) / 4096 * 4096; i++)
		tail = ((unsigned char *)data)[i] == 0;
	CHECK(tail, "rest of the last page zeroed");
	CHECK_EQ(type_at((uintptr_t)data), (long long)(uint32_t)OS_TYPE, "pages are of the chosen type");
	CHECK_EQ(type_at((uintptr_t)data + BK_SIZE - 1), (long long)(uint32_t)OS_TYPE, "last page too");
	uefi_free_file(data, size);
	CHECK(type_at((uintptr_t)data) != (long long)(uint32_t)OS_TYPE, "freed pages are no longer of that type");

	CHECK_EQ(uefi_load_file("\\bk.bin", EfiLoaderData, 0, &data, &size), 0, "backslash path");
	CHECK(size == BK_SIZE && ((unsigned char *)data)[1] == 10, "backslash path size");
	uefi_free_file(data, size);
	CHECK_EQ(uefi_load_file("bk.bin", EfiLoaderData, 0, &data, &size), 0, "relative path from the volume root");
	uefi_free_file(data, size);
	CHECK_EQ(uefi_load_file("fs0:/bk.bin", EfiLoaderData, 0, &data, &size), 0, "a volume prefix, as fopen takes it");
	uefi_free_file(data, size);
	CHECK_EQ(uefi_load_file("/BK.BIN", EfiLoaderData, 0, &data, &size), 0, "FAT names are case-insensitive");
	uefi_free_file(data, size);
#if defined(__aarch64__)
#define BK_BOOT_FILE "/EFI/BOOT/BOOTAA64.EFI"
#else
#define BK_BOOT_FILE "/EFI/BOOT/BOOTX64.EFI"
#endif
	CHECK(uefi_load_file(BK_BOOT_FILE, EfiLoaderData, 0, &data, &size) == 0 &&
	      size > 4096 && memcmp(data, "MZ", 2) == 0, "a file in a subdirectory");
	uefi_free_file(data, size);
	CHECK_EQ(uefi_load_file("/bk.bin", EfiLoaderData, BK_SIZE, &data, &size), 0, "limit equal to the size");
	uefi_free_file(data, size);

	size = 99;
	CHECK_EQ(uefi_load_file("/empty.bin", EfiLoaderData, 0, &data, &size), 0, "empty file");
	CHECK(size == 0 && data && (uintptr_t)data % 4096 == 0 &&
	      ((unsigned char *)data)[0] == 0, "empty file: size 0, one zeroed page");
	uefi_free_file(data, size);

	struct { const char *name, *path; EFI_MEMORY_TYPE type; size_t limit; int err; } bad[] = {
		{ "missing file ENOENT", "/nothing.bin", EfiLoaderData, 0, ENOENT },
		{ "missing directory ENOENT", "/no/bk.bin", EfiLoaderData, 0, ENOENT },
		{ "empty path ENOENT", "", EfiLoaderData, 0, ENOENT },
		{ "directory EISDIR", "/EFI/BOOT", EfiLoaderData, 0, EISDIR },
		{ "root EISDIR", "/", EfiLoaderData, 0, EISDIR },
		{ "over the limit EFBIG", "/bk.bin", EfiLoaderData, BK_SIZE - 1, EFBIG },
		{ "conventional type EINVAL", "/bk.bin", EfiConventionalMemory, 0, EINVAL },
		{ "reserved type EINVAL", "/bk.bin", (EFI_MEMORY_TYPE)0x100, 0, EINVAL },
		{ "invalid UTF-8 EILSEQ (as fopen)", "/bk\xff.bin", EfiLoaderData, 0, EILSEQ },
		{ "a file as a directory ENOTDIR", "/bk.bin/x", EfiLoaderData, 0, ENOTDIR },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		data = (void *)1;
		size = 7;
		errno = 0;
		int r = uefi_load_file(bad[i].path, bad[i].type, bad[i].limit, &data, &size);
		th_open(bad[i].name, r == -1 && errno == bad[i].err && data == (void *)1 && size == 7, __LINE__);
		if (!(r == -1 && errno == bad[i].err)) {
			th_puts(" got ");
			th_putu((uint64_t)r, 10);
			th_puts(" errno ");
			th_putu((uint64_t)errno, 10);
		}
		th_close();
	}
	errno = 0;
	CHECK(uefi_load_file(NULL, EfiLoaderData, 0, &data, &size) == -1 && errno == EINVAL, "NULL path EINVAL");
	errno = 0;
	CHECK(uefi_load_file("/bk.bin", EfiLoaderData, 0, NULL, &size) == -1 && errno == EINVAL, "NULL data EINVAL");

	/* No pages to be had: ENOMEM. */
	real_ap = bs->AllocatePages;
	bs->AllocatePages = no_pages;
	errno = 0;
	int r = uefi_load_file("/bk.bin", SCARCE_TYPE, 0, &data, &size);
	int e = errno;
	bs->AllocatePages = real_ap;
	CHECK_EQ(r, -1, "no pages: -1");
	CHECK_EQ(e, ENOMEM, "no pages: ENOMEM");

	/* ---- uefi_framebuffer ---- */
	uefi_framebuffer_info fb;
	memset(&fb, 0xEE, sizeof fb);
	EFI_STATUS s = uefi_framebuffer(&fb);
	CHECK_EQ(s, EFI_SUCCESS, "framebuffer");
	CHECK(fb.width >= 640 && fb.height >= 480 && fb.stride >= fb.width, "framebuffer: geometry");
	CHECK(fb.format == PixelRedGreenBlueReserved8BitPerColor ||
	      fb.format == PixelBlueGreenRedReserved8BitPerColor ||
	      fb.format == PixelBitMask, "framebuffer: a linear format");
	CHECK(fb.base != 0 && fb.size >= (UINTN)fb.stride * fb.height * 4, "framebuffer: size covers the mode");
	CHECK(fb.mask.RedMask && fb.mask.GreenMask && fb.mask.BlueMask &&
	      !(fb.mask.RedMask & fb.mask.GreenMask) &&
	      !(fb.mask.GreenMask & fb.mask.BlueMask), "framebuffer: masks disjoint and filled");
	EFI_GRAPHICS_OUTPUT_PROTOCOL *gop = NULL;
	EFI_GUID gop_guid = EFI_GRAPHICS_OUTPUT_PROTOCOL_GUID;
	bs->LocateProtocol(&gop_guid, NULL, (void **)&gop);
	CHECK(gop && gop->Mode->Mode == fb.mode &&
	      gop->Mode->FrameBufferBase == fb.base &&
	      gop->Mode->Info->HorizontalResolution == fb.width, "framebuffer: the GOP's own mode");
	if (s == EFI_SUCCESS) {
		volatile uint32_t *px = (volatile uint32_t *)(uintptr_t)fb.base;
		px[0] = 0x00FF0000u;
		px[(size_t)fb.stride * (fb.height - 1) + fb.width - 1] = 0x0000FF00u;
		CHECK(px[0] == 0x00FF0000u, "framebuffer: writable");
	}
	errno = 0;
	CHECK(uefi_framebuffer(NULL) == EFI_INVALID_PARAMETER && errno == EINVAL, "framebuffer(NULL)");

	/* ---- argument checks ---- */
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_SERIAL, 0x10000, 0) == -1 && errno == EINVAL, "console: port above 0xFFFF");
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_SERIAL, 0, 230400) == -1 && errno == EINVAL, "console: baud above 115200");
#if defined(__x86_64__)
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_SERIAL, UEFI_COM1, 9600) == 0, "console: serial 9600 accepted");
#else
	/* No I/O ports to put a 16550 at. */
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_SERIAL, UEFI_COM1, 9600) == -1 && errno == ENOTSUP,
	      "console: a serial port at an I/O port refused (ENOTSUP): there are none");
#endif
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_NONE, 0, 0) == 0, "console: none");
	errno = 0;
	CHECK(uefi_exit_boot_services(NULL) == EFI_INVALID_PARAMETER && errno == EINVAL, "exit_boot_services(NULL)");
	CHECK(uefi_boot_services() == bs, "boot services still there");

	th_end();
	th_qemu_exit(0);
	return 0;
}
