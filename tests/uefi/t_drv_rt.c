/* The runtime driver example (examples/drivers/rtdemo.c) called the way an
 * OS calls runtime code.  This loader (booted directly, no shell):
 *   1. loads rtdemo.efi twice from the boot disk: instance 1 with a 1 MiB
 *      malloc reserve, instance 2 with none; finds their tables among the
 *      configuration tables;
 *   2. exits boot services;
 *   3. builds page tables of its own: memory identity-mapped (2 MiB pages,
 *      4 KiB where runtime memory lies), and every EFI_MEMORY_RUNTIME
 *      region mapped again high (0xFFFFFFF000000000 upwards), each group of
 *      adjacent regions at its own offset, so that nothing keeps its
 *      address; switches to them;
 *   4. calls SetVirtualAddressMap with that map;
 *   5. removes the identity mapping of the runtime code and data, so that
 *      any physical pointer left into them faults (a page fault is caught
 *      by an IDT entry of ours and reported), and calls each instance's
 *      Report through the table's virtual address.
 * The reports are checked here: the clock, 64 blocks from the reserve (or
 * ENOMEM without one), the blocks allocated at start intact, snprintf's
 * line identical to the one formatted here.  The driver's own printf goes
 * to debugcon 0xE9, which the host checks. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <uefi/env.h>
#include "../../examples/drivers/rtdemo.h"
#include "harness.h"

#define P 1ull
#define W 2ull
#define PS 0x80ull
#define ADDR 0x000FFFFFFFFFF000ull
#define NPT 192

static uint64_t pt[NPT][512] __attribute__((aligned(4096)));
static int pt_used;
static unsigned char map[64 * 1024], vmap[64 * 1024];
static UINTN map_size, dsize, vmap_size;
static UINT32 dver;

static uint64_t *pt_new(void)
{
	if (pt_used == NPT)
		return 0;
	memset(pt[pt_used], 0, 4096);
	return pt[pt_used++];
}

/* The next level's table of entry e, made when missing (or split when e
 * maps a 2 MiB page). */
static uint64_t *down(uint64_t *e)
{
	if (!(*e & P)) {
		uint64_t *t = pt_new();
		if (!t)
			return 0;
		*e = (uint64_t)(uintptr_t)t | P | W;
	} else if (*e & PS) {
		uint64_t *t = pt_new();
		if (!t)
			return 0;
		uint64_t base = *e & ADDR & ~0x1FFFFFull;
		for (int i = 0; i < 512; i++)
			t[i] = (base + (uint64_t)i * 4096) | P | W;
		*e = (uint64_t)(uintptr_t)t | P | W;
	}
	return (uint64_t *)(uintptr_t)(*e & ADDR);
}

static uint64_t *pte(uint64_t *pml4, uint64_t va)
{
	uint64_t *l3 = down(&pml4[va >> 39 & 511]);
	uint64_t *l2 = l3 ? down(&l3[va >> 30 & 511]) : 0;
	uint64_t *l1 = l2 ? down(&l2[va >> 21 & 511]) : 0;
	return l1 ? &l1[va >> 12 & 511] : 0;
}

static EFI_MEMORY_DESCRIPTOR *desc(unsigned char *m, UINTN i)
{
	return (EFI_MEMORY_DESCRIPTOR *)(m + i * dsize);
}

static int is_runtime_ram(EFI_MEMORY_DESCRIPTOR *d)
{
	return (d->Attribute & EFI_MEMORY_RUNTIME) &&
	       (d->Type == EfiRuntimeServicesCode || d->Type == EfiRuntimeServicesData);
}

/* Where the physical address pa is in the virtual map; 0 if nowhere. */
static uint64_t virt_of(uint64_t pa)
{
	for (UINTN i = 0; i < vmap_size / dsize; i++) {
		EFI_MEMORY_DESCRIPTOR *d = desc(vmap, i);
		if (pa >= d->PhysicalStart && pa < d->PhysicalStart + d->NumberOfPages * 4096)
			return d->VirtualStart + (pa - d->PhysicalStart);
	}
	return 0;
}

/* ---- faults after the switch: reported, then QEMU ends ---- */

struct idt_entry {
	uint16_t off0, sel;
	uint8_t ist, type;
	uint16_t off1;
	uint32_t off2, zero;
};
static struct idt_entry idt[256] __attribute__((aligned(16)));

__attribute__((used)) void t_drv_rt_fault(uint64_t vector, uint64_t rip, uint64_t cr2)
{
	th_open("no fault after SetVirtualAddressMap", 0, __LINE__);
	th_puts(" vector ");
	th_putu(vector, 10);
	th_puts(" rip ");
	th_puthex(rip);
	th_puts(" cr2 ");
	th_puthex(cr2);
	th_close();
	th_qemu_exit(3);
	for (;;)
		__asm__ volatile("hlt");
}

#define STUB(name, vec, rip_off) \
	__attribute__((naked)) static void name(void) \
	{ \
		__asm__ volatile("movq $" #vec ", %rcx\n\tmovq " #rip_off "(%rsp), %rdx\n\tmovq %cr2, %r8\n\t" \
		                 "andq $-16, %rsp\n\tsubq $32, %rsp\n\tcall t_drv_rt_fault\n\thlt"); \
	}
STUB(stub_ud, 6, 0)
STUB(stub_gp, 13, 8)
STUB(stub_pf, 14, 8)

static void set_gate(int v, void (*fn)(void))
{
	uint64_t a = (uint64_t)(uintptr_t)fn;
	idt[v].off0 = (uint16_t)a;
	idt[v].off1 = (uint16_t)(a >> 16);
	idt[v].off2 = (uint32_t)(a >> 32);
	idt[v].ist = 0;
	idt[v].type = 0x8E;
}

static uint64_t gdt[64] __attribute__((aligned(16)));

/* The firmware's GDT may itself be runtime memory (OVMF's CpuDxe takes it
 * from the runtime pool): a copy of ours, so that delivering a fault does
 * not need the memory unmapped below. */
static void catch_faults(void)
{
	struct __attribute__((packed)) { uint16_t limit; uint64_t base; } r;
	__asm__ volatile("sgdt %0" : "=m"(r));
	memcpy(gdt, (void *)(uintptr_t)r.base, r.limit + 1u < sizeof gdt ? r.limit + 1u : sizeof gdt);
	r.base = (uint64_t)(uintptr_t)gdt;
	__asm__ volatile("lgdt %0" : : "m"(r));
	__asm__ volatile("sidt %0" : "=m"(r));
	memcpy(idt, (void *)(uintptr_t)r.base, r.limit + 1u < sizeof idt ? r.limit + 1u : sizeof idt);
	set_gate(6, stub_ud);
	set_gate(13, stub_gp);
	set_gate(14, stub_pf);
	r.limit = sizeof idt - 1;
	r.base = (uint64_t)(uintptr_t)idt;
	__asm__ volatile("lidt %0" : : "m"(r));
}

static RT_DEMO_TABLE *find_table(EFI_SYSTEM_TABLE *st, unsigned i)
{
	EFI_GUID g = RT_DEMO_TABLE_GUID(i);
	for (UINTN k = 0; k < st->NumberOfTableEntries; k++)
		if (!memcmp(&st->ConfigurationTable[k].VendorGuid, &g, sizeof g))
			return st->ConfigurationTable[k].VendorTable;
	return 0;
}

static EFI_STATUS start_driver(void *data, size_t size, const CHAR16 *options)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_HANDLE h;
	EFI_STATUS s = bs->LoadImage(FALSE, uefi_image_handle(), 0, data, size, &h);
	if (EFI_ERROR(s))
		return s;
	EFI_GUID lip = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	if (!EFI_ERROR(bs->HandleProtocol(h, &lip, (void **)&li))) {
		li->LoadOptions = (void *)options;
		li->LoadOptionsSize = (UINT32)((wcslen(options) + 1) * 2);
		CHECK_EQ(li->ImageCodeType, EfiRuntimeServicesCode, "runtime driver's code type");
		CHECK_EQ(li->ImageDataType, EfiRuntimeServicesData, "runtime driver's data type");
	}
	return bs->StartImage(h, 0, 0);
}

static void check_report(RT_DEMO_TABLE *t_virt, unsigned instance, int reserve, int64_t before)
{
	static RT_DEMO_REPORT r;
	char want[160];
	EFI_STATUS s = t_virt->Report(t_virt, &r);
	const char *name = instance == 1 ? "reserve: " : "no reserve: ";
	char label[96];
#define LABEL(x) (snprintf(label, sizeof label, "%s%s", name, x), label)
	CHECK_EQ(s, EFI_SUCCESS, LABEL("Report returns EFI_SUCCESS"));
	CHECK_EQ(r.Virtual, 1, LABEL("the library's pointers were converted"));
	CHECK(r.Now >= before && r.Now < before + 600, LABEL("time() through GetTime is now"));
	CHECK_EQ(r.KeptIntact, 1, LABEL("blocks malloc'd at start intact"));
	if (reserve) {
		CHECK_EQ(r.Blocks, 64, LABEL("64 blocks malloc'd, checked, freed"));
		CHECK_EQ(r.MallocErrno, 0, LABEL("no malloc error"));
	} else {
		CHECK_EQ(r.Blocks, 0, LABEL("malloc fails at once"));
		CHECK_EQ(r.MallocErrno, ENOMEM, LABEL("with ENOMEM"));
	}
	snprintf(want, sizeof want, "rtdemo %u: call 1 at %lld, %u/64 blocks, errno %d, pi %.5f", instance,
	         (long long)r.Now, r.Blocks, r.MallocErrno, 4 * atan(1.0));
	CHECK(!strcmp(r.Text, want), LABEL("snprintf's line"));
	th_puts("drv-rt: ");
	th_puts(r.Text);
	th_puts("\n");
	/* Once more: the blocks freed at the first call, the allocator's
	 * state after those frees. */
	s = t_virt->Report(t_virt, &r);
	CHECK(s == EFI_SUCCESS && r.Calls == 2 && r.Blocks == (reserve ? 64u : 0u), LABEL("a second Report"));
#undef LABEL
}

int main(void)
{
	th_begin("drv-rt");
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	FILE *f = fopen("rtdemo.efi", "rb");
	static unsigned char image[1 << 20];
	size_t n = f ? fread(image, 1, sizeof image, f) : 0;
	if (f)
		fclose(f);
	CHECK(n > 4096 && n < sizeof image, "rtdemo.efi read");
	CHECK_EQ(start_driver(image, n, L"-i 1 -r 1048576"), EFI_SUCCESS, "instance 1 (1 MiB reserve) starts");
	CHECK_EQ(start_driver(image, n, L"-i 2 -r 0"), EFI_SUCCESS, "instance 2 (no reserve) starts");
	RT_DEMO_TABLE *t1 = find_table(st, 1), *t2 = find_table(st, 2);
	CHECK(t1 && t2, "both tables published");
	if (!t1 || !t2) {
		th_end();
		th_qemu_exit(1);
	}
	int64_t before = (int64_t)time(0);
	EFI_RUNTIME_SERVICES *rt = st->RuntimeServices;

	/* 2. Exit boot services (the map is the one the runtime regions come from). */
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_STATUS s = EFI_INVALID_PARAMETER;
	UINTN key;
	for (int i = 0; i < 16 && s == EFI_INVALID_PARAMETER; i++) {
		map_size = sizeof map;
		s = bs->GetMemoryMap(&map_size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver);
		if (!EFI_ERROR(s))
			s = bs->ExitBootServices(uefi_image_handle(), key);
	}
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");
	if (EFI_ERROR(s)) {
		th_end();
		th_qemu_exit(1);
	}

	/* 3. Page tables: identity 0-4 GiB in 2 MiB pages; the runtime
	 * regions high, a group of adjacent regions at one offset. */
	uint64_t *pml4 = pt_new(), *pdpt = pt_new();
	pml4[0] = (uint64_t)(uintptr_t)pdpt | P | W;
	for (int g = 0; g < 4; g++) {
		uint64_t *pd = pt_new();
		pdpt[g] = (uint64_t)(uintptr_t)pd | P | W;
		for (int k = 0; k < 512; k++)
			pd[k] = ((uint64_t)(g * 512 + k) << 21) | P | W | PS;
	}
	uint64_t va_next = 0xFFFFFFF000000000ull, prev_end = 0, offset = 0;
	int ok = 1, groups = 0;
	UINTN runtime_pages = 0;
	vmap_size = 0;
	for (UINTN i = 0; i < map_size / dsize && ok; i++) {
		EFI_MEMORY_DESCRIPTOR *d = desc(map, i);
		if (!(d->Attribute & EFI_MEMORY_RUNTIME))
			continue;
		if (d->PhysicalStart != prev_end || !groups) {
			/* A new group: 16 MiB on, and 3 pages off any 2 MiB
			 * boundary, so that no address keeps its low bits either. */
			va_next = ((va_next + 0x1FFFFF) & ~0x1FFFFFull) + 0x1000000 + 0x3000;
			offset = va_next - d->PhysicalStart;
			groups++;
		}
		d->VirtualStart = d->PhysicalStart + offset;
		for (UINT64 k = 0; k < d->NumberOfPages && ok; k++) {
			uint64_t pa = d->PhysicalStart + k * 4096;
			uint64_t *e = pte(pml4, d->VirtualStart + k * 4096);
			ok = e != 0;
			if (e)
				*e = pa | P | W;
			if (ok && is_runtime_ram(d) && pa < (4ull << 30))
				ok = pte(pml4, pa) != 0;     /* split its identity 2 MiB page */
		}
		runtime_pages += d->NumberOfPages;
		prev_end = d->PhysicalStart + d->NumberOfPages * 4096;
		va_next = d->VirtualStart + d->NumberOfPages * 4096;
		memcpy(vmap + vmap_size, d, dsize);
		vmap_size += dsize;
	}
	CHECK(ok, "page tables built");
	th_puts("drv-rt: ");
	th_putu(runtime_pages, 10);
	th_puts(" runtime pages in ");
	th_putu(groups, 10);
	th_puts(" groups mapped high; ");
	th_putu((uint64_t)pt_used, 10);
	th_puts(" page-table pages\n");
	if (!ok) {
		th_end();
		th_qemu_exit(1);
	}
	__asm__ volatile("mov %0, %%cr3" : : "r"(pml4) : "memory");

	/* 4. The change. */
	s = rt->SetVirtualAddressMap(vmap_size, dsize, dver, (EFI_MEMORY_DESCRIPTOR *)vmap);
	CHECK_EQ(s, EFI_SUCCESS, "SetVirtualAddressMap");

	/* 5. Runtime code and data no longer at their physical addresses. */
	catch_faults();
	for (UINTN i = 0; i < vmap_size / dsize; i++) {
		EFI_MEMORY_DESCRIPTOR *d = desc(vmap, i);
		if (!is_runtime_ram(d))
			continue;
		for (UINT64 k = 0; k < d->NumberOfPages; k++)
			*pte(pml4, d->PhysicalStart + k * 4096) = 0;
	}
	__asm__ volatile("mov %0, %%cr3" : : "r"(pml4) : "memory");
	uint64_t v1 = virt_of((uint64_t)(uintptr_t)t1), v2 = virt_of((uint64_t)(uintptr_t)t2);
	CHECK(v1 && v2 && v1 != (uint64_t)(uintptr_t)t1, "the tables have virtual addresses, not their own");
	check_report((RT_DEMO_TABLE *)(uintptr_t)v1, 1, 1, before);
	check_report((RT_DEMO_TABLE *)(uintptr_t)v2, 2, 0, before);
	th_end();
	th_qemu_exit(0);
	return 0;
}
