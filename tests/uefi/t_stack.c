/* The stack main runs on (docs/abi.md): 8 MiB by default, told by
 * getrlimit(RLIMIT_STACK); a recursion 100,000 frames deep works; setrlimit
 * lowers the limit and cannot raise it; a guard page (not mapped) lies
 * below the stack's reserve; a program linked with
 * -Wl,--stack,262144 gets 256 KiB (t_stack_child); one that overflows its
 * stack ends with a message on stderr and EFI_ABORTED, and leaves no page
 * behind. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <uefi/env.h>
#include "harness.h"

static EFI_BOOT_SERVICES *bs;

static EFI_DEVICE_PATH *child_path(void)
{
	EFI_GUID li_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID, dp_guid = EFI_DEVICE_PATH_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	EFI_DEVICE_PATH *dev;
	if (EFI_ERROR(bs->HandleProtocol(uefi_image_handle(), &li_guid, (void **)&li)) ||
	    EFI_ERROR(bs->HandleProtocol(li->DeviceHandle, &dp_guid, (void **)&dev)))
		return NULL;
	size_t devlen = 0;
	for (EFI_DEVICE_PATH *p = dev; !(p->Type == END_DEVICE_PATH_TYPE && p->SubType == END_ENTIRE_DEVICE_PATH_SUBTYPE);) {
		size_t l = p->Length[0] | p->Length[1] << 8;
		devlen += l;
		p = (EFI_DEVICE_PATH *)((char *)p + l);
	}
	static const CHAR16 name[] = L"\\t_stack_child.efi";
	size_t nodelen = 4 + sizeof name;
	unsigned char *out = malloc(devlen + nodelen + 4);
	memcpy(out, dev, devlen);
	unsigned char *node = out + devlen;
	node[0] = MEDIA_DEVICE_PATH;
	node[1] = MEDIA_FILEPATH_DP;
	node[2] = (unsigned char)nodelen;
	node[3] = (unsigned char)(nodelen >> 8);
	memcpy(node + 4, name, sizeof name);
	unsigned char *end = node + nodelen;
	end[0] = END_DEVICE_PATH_TYPE;
	end[1] = END_ENTIRE_DEVICE_PATH_SUBTYPE;
	end[2] = 4;
	end[3] = 0;
	return (EFI_DEVICE_PATH *)out;
}

/* What the child writes to ConOut and StdErr. */
static char captured[4096];
static size_t ncaptured;
static EFI_STATUS EFIAPI capture(SIMPLE_TEXT_OUTPUT_INTERFACE *self, CHAR16 *s)
{
	(void)self;
	for (; *s && ncaptured + 1 < sizeof captured; s++)
		captured[ncaptured++] = *s < 128 ? (char)*s : '?';
	captured[ncaptured] = 0;
	return EFI_SUCCESS;
}

static EFI_STATUS run_child(EFI_DEVICE_PATH *path, const CHAR16 *line)
{
	EFI_HANDLE h = NULL;
	EFI_STATUS s = bs->LoadImage(FALSE, uefi_image_handle(), path, NULL, 0, &h);
	if (EFI_ERROR(s))
		return 0xdead;
	EFI_GUID li_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	bs->HandleProtocol(h, &li_guid, (void **)&li);
	UINT32 n = 0;
	while (line[n])
		n++;
	li->LoadOptions = (void *)line;
	li->LoadOptionsSize = (n + 1) * 2;
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	SIMPLE_TEXT_OUTPUT_INTERFACE fake = *st->ConOut, *con = st->ConOut, *err = st->StdErr;
	fake.OutputString = capture;
	ncaptured = 0;
	captured[0] = 0;
	st->ConOut = st->StdErr = &fake;
	s = bs->StartImage(h, NULL, NULL);
	st->ConOut = con;
	st->StdErr = err;
	return s;
}

static UINTN conventional_pages(void)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize;
	UINT32 dver;
	if (EFI_ERROR(bs->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return 0;
	UINTN pages = 0;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if (d->Type == EfiConventionalMemory)
			pages += d->NumberOfPages;
	}
	return pages;
}

/* Not a tail call: each frame adds after the call returns. */
static __attribute__((noinline)) long depth(volatile int *up, long n)
{
	volatile int here = (int)n;
	if (n == 0)
		return up ? *up : 0;
	return depth(&here, n - 1) + (here & 1);
}

static volatile char *lowest;
static __attribute__((noinline)) void use(size_t bytes)
{
	volatile char block[4096];
	block[0] = 1;
	lowest = block;
	if (bytes > sizeof block)
		use(bytes - sizeof block);
	block[4095] = block[0];
}

#if defined(__aarch64__)
/* Whether the page holding addr can be read, by the CPU's own address
 * translation (AT S1E1R, or S1E2R when the firmware runs at EL2): PAR_EL1
 * bit 0 is set when the translation faults. */
static int page_present(uint64_t addr)
{
	uint64_t el, par;
	__asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
	if (((el >> 2) & 3) == 2)
		__asm__ volatile("at s1e2r, %0" : : "r"(addr));
	else
		__asm__ volatile("at s1e1r, %0" : : "r"(addr));
	__asm__ volatile("isb; mrs %0, par_el1" : "=r"(par));
	return !(par & 1);
}
#else
/* Whether the page holding addr is mapped, from the CPU's own page tables
 * (4-level paging, identity-mapped, as OVMF sets them up). */
static int page_present(uint64_t addr)
{
	uint64_t cr3;
	__asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
	const uint64_t *t = (const uint64_t *)(uintptr_t)(cr3 & 0x000ffffffffff000ull);
	for (int level = 3; level >= 0; level--) {
		uint64_t e = t[(addr >> (12 + 9 * level)) & 511];
		if (!(e & 1))
			return 0;
		if (level == 0 || (level < 3 && (e & 0x80)))
			return 1;
		t = (const uint64_t *)(uintptr_t)(e & 0x000ffffffffff000ull);
	}
	return 1;
}
#endif

/* Whether the firmware can make a page not present at all: EFI_MEMORY_RP
 * set on a page of our own through the protocol src/uefi/stack.c uses
 * (the UEFI Memory Attribute protocol, else the CPU architectural
 * protocol), then lifted as it lifts it.  Debian 12's AAVMF (EDK2 2022.11)
 * accepts RP and leaves the page mapped (docs/aarch64.md); OVMF unmaps it. */
static int firmware_unmaps(void)
{
	typedef EFI_STATUS (EFIAPI *set_attr_fn)(void *self, EFI_PHYSICAL_ADDRESS base, UINT64 len, UINT64 attr);
	EFI_GUID guids[2] = {
		{ 0xf4560cf6, 0x40ec, 0x4b4a, { 0xa1, 0x92, 0xbf, 0x1d, 0x57, 0xd0, 0xb1, 0x89 } },
		{ 0x26baccb1, 0x6f42, 0x11d4, { 0xbc, 0xe7, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81 } },
	};
	EFI_PHYSICAL_ADDRESS page;
	if (EFI_ERROR(bs->AllocatePages(AllocateAnyPages, EfiLoaderData, 1, &page)))
		return -1;
	int unmapped = 0;
	for (int cpu = 0; cpu < 2; cpu++) {
		set_attr_fn *p;
		if (!EFI_ERROR(bs->LocateProtocol(&guids[cpu], 0, (void **)&p)) &&
		    !EFI_ERROR(p[cpu ? 7 : 1](p, page, 4096, EFI_MEMORY_RP))) {
			unmapped = !page_present(page);
			p[cpu ? 7 : 2](p, page, 4096, cpu ? 0 : EFI_MEMORY_RP);
			break;
		}
	}
	bs->FreePages(page, 1);
	return unmapped;
}

int main(void)
{
	th_begin("stack");
	bs = uefi_boot_services();
	struct rlimit r;
	CHECK(getrlimit(RLIMIT_STACK, &r) == 0 && r.rlim_cur == 8u << 20 && r.rlim_max == 8u << 20,
	      "getrlimit(RLIMIT_STACK): 8 MiB, soft and hard");
	/* The stack's top is page-aligned and main's frame lies in its first
	 * page; below the 8 MiB and the 32 KiB reserve (src/uefi/stack.c) is
	 * the guard page, which the CPU architectural protocol made not
	 * present. */
	volatile char mark;
	uint64_t stack_top = ((uint64_t)(uintptr_t)&mark + 4095) & ~4095ull, guard = stack_top - (8u << 20) - (32u << 10) - 4096;
	if (page_present(guard) && firmware_unmaps() == 0)
		th_puts("info stack: the firmware cannot unmap a page (EFI_MEMORY_RP accepted and ignored): "
		        "no guard page to check; the stack probe still stops overflows\n");
	else
		CHECK(!page_present(guard), "the guard page below the stack is not mapped");
	CHECK(page_present(guard + 4096) && page_present(stack_top - 4096), "... the stack's lowest page is");
	CHECK(depth(0, 100000) == 50001, "a recursion 100,000 frames deep");  /* 50,000 odd n, and the last *up */
	volatile char top;
	use(7u << 20);
	CHECK((size_t)(&top - lowest) > (7u << 20), "7 MiB of the stack in use");

	struct rlimit lower = { 1u << 20, 8u << 20 }, higher = { 8u << 20, 16u << 20 }, bad = { 9u << 20, 8u << 20 };
	errno = 0;
	CHECK(setrlimit(RLIMIT_STACK, &higher) == -1 && errno == EPERM, "setrlimit cannot raise the hard limit (EPERM)");
	errno = 0;
	CHECK(setrlimit(RLIMIT_STACK, &bad) == -1 && errno == EINVAL, "setrlimit: soft above hard is EINVAL");
	CHECK(setrlimit(RLIMIT_STACK, &lower) == 0 && getrlimit(RLIMIT_STACK, &r) == 0 && r.rlim_cur == 1u << 20,
	      "setrlimit lowers the soft limit");
	CHECK(setrlimit(RLIMIT_STACK, &(struct rlimit){ 8u << 20, 8u << 20 }) == 0 &&
	      getrlimit(RLIMIT_STACK, &r) == 0 && r.rlim_cur == 8u << 20,
	      "... and raises it back up to the hard limit");
	errno = 0;
	CHECK(getrlimit(99, &r) == -1 && errno == EINVAL, "getrlimit of an unknown resource: EINVAL");
	CHECK(getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur == 1024, "RLIMIT_NOFILE is the descriptor table");

	EFI_DEVICE_PATH *path = child_path();
	CHECK_EQ(run_child(path, L"t_stack_child.efi rlimit"), 0, "-Wl,--stack,262144: the child's getrlimit says 256 KiB");
	UINTN before = conventional_pages();
	EFI_STATUS s = run_child(path, L"t_stack_child.efi overflow");
	UINTN after = conventional_pages();
	CHECK_EQ(s, EFI_ABORTED, "an overflow ends the child with EFI_ABORTED");
	if (!th_open("... with the message on stderr", strstr(captured, "uefi-libc: stack overflow") != NULL, __LINE__)) {
		th_puts(" got: ");
		th_puts(captured);
	}
	th_close();
	CHECK_EQ(before - after, 0, "... and no page left behind");
	th_end();
	return 0;
}
