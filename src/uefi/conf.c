/* sys_conf.h: the machine's memory, the firmware's name, and entropy. */
#include <errno.h>
#include <string.h>
#include <uefi/boot.h>
#include "../internal/arch.h"
#include "../internal/random_impl.h"
#include "../internal/sys_conf.h"
#include "../internal/unicode.h"
#include "uefi_impl.h"

int __sys_mem_pages(unsigned long long *total, unsigned long long *avail)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs) {
		errno = EIO;
		return -1;
	}
	uefi_memory_map m = { 0 };
	EFI_STATUS s = uefi_memory_map_get(&m);
	if (EFI_ERROR(s)) {
		uefi_memory_map_free(&m);
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	unsigned long long t = 0, a = 0;
	for (EFI_MEMORY_DESCRIPTOR *d = uefi_memory_map_next(&m, 0); d; d = uefi_memory_map_next(&m, d)) {
		switch (d->Type) {
		case EfiConventionalMemory:
			a += d->NumberOfPages;
			/* fall through */
		case EfiLoaderCode:
		case EfiLoaderData:
		case EfiBootServicesCode:
		case EfiBootServicesData:
			t += d->NumberOfPages;
			break;
		}
	}
	uefi_memory_map_free(&m);
	*total = t;
	*avail = a;
	return 0;
}

int __sys_firmware(char *vendor, size_t size, unsigned *revision, unsigned *spec)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	size_t n = 0;
	const CHAR16 *v = st->FirmwareVendor;
	if (size) {
		/* UCS-2 to UTF-8, a character at a time, stopping where the next
		 * would not fit. */
		while (v && *v) {
			char buf[8];
			size_t k = __utf16_to_utf8(v, 1, buf);
			if (n + k >= size)
				break;
			memcpy(vendor + n, buf, k);
			n += k;
			v++;
		}
		vendor[n] = 0;
	}
	*revision = st->FirmwareRevision;
	*spec = st->Hdr.Revision;
	return 0;
}

static int rdrand(unsigned char *p, size_t len)
{
	while (len) {
		unsigned long long r;
		if (__arch_random(&r))
			return -1;
		size_t k = len < 8 ? len : 8;
		memcpy(p, &r, k);
		p += k;
		len -= k;
	}
	return 0;
}

/* In order: EFI_RNG_PROTOCOL with its default algorithm while boot services
 * last; RDRAND when there is no protocol (or it fails), and after
 * ExitBootServices; timing jitter of the CPU's counter when the CPU has no
 * RDRAND (or it keeps failing).  Only a counter that fails the jitter
 * health tests leaves no source (docs/posix.md, docs/hardening.md). */
int __sys_entropy(void *buf, size_t len, const char **source)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs) {
		EFI_GUID g = EFI_RNG_PROTOCOL_GUID;
		EFI_RNG_PROTOCOL *rng = 0;
		if (!EFI_ERROR(bs->LocateProtocol(&g, 0, (void **)&rng)) && rng) {
			EFI_STATUS s = rng->GetRNG(rng, 0, len, buf);
			if (!EFI_ERROR(s)) {
				*source = "EFI_RNG_PROTOCOL";
				return 0;
			}
		}
	}
	unsigned long long probe;
	if (!__arch_random(&probe) && !rdrand(buf, len)) {
		*source = __arch_random_name;
		return 0;
	}
	if (!__jitter_entropy(buf, len, __arch_counter)) {
		*source = "JITTER";
		return 0;
	}
	errno = bs ? ENOSYS : EIO;
	return -1;
}

/* The linker's symbol at the image's first byte (the DOS header): its
 * address is where the firmware loaded the image, relocations applied. */
extern const char __ImageBase[];

const void *__sys_image_base(void)
{
	return __ImageBase;
}
