/* The memory map: read into a buffer with room to spare, walked by
 * DescriptorSize. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/boot.h>
#include "uefi_impl.h"

/* Makes m's buffer hold at least want bytes; nothing happens when it does. */
int __uefi_memory_map_reserve(uefi_memory_map *m, UINTN want)
{
	if (m->buffer && m->capacity >= want)
		return 0;
	void *b = malloc(want);
	if (!b)
		return -1;
	free(m->buffer);
	m->buffer = b;
	m->capacity = want;
	return 0;
}

/* Reads the map into m's buffer, growing it while boot services allow:
 * the allocation itself can add descriptors, hence the slack and the loop. */
EFI_STATUS __uefi_memory_map_read(EFI_BOOT_SERVICES *bs, uefi_memory_map *m)
{
	for (int tries = 0; tries < 4; tries++) {
		UINTN size = m->buffer ? m->capacity : 0;
		UINTN key = 0, dsize = 0;
		UINT32 dver = 0;
		EFI_STATUS s = bs->GetMemoryMap(&size, m->buffer, &key, &dsize, &dver);
		if (s == EFI_SUCCESS) {
			m->size = size;
			m->key = key;
			m->descriptor_size = dsize;
			m->descriptor_version = dver;
			return s;
		}
		if (s != EFI_BUFFER_TOO_SMALL)
			return s;
		if (!dsize)
			dsize = sizeof(EFI_MEMORY_DESCRIPTOR);
		if (__uefi_memory_map_reserve(m, size + UEFI_MEMORY_MAP_SLACK * dsize))
			return EFI_OUT_OF_RESOURCES;
	}
	return EFI_BUFFER_TOO_SMALL;
}

EFI_STATUS uefi_memory_map_get(uefi_memory_map *m)
{
	EFI_STATUS s;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!m)
		s = EFI_INVALID_PARAMETER;
	else if (!bs)
		s = EFI_ACCESS_DENIED;
	else
		s = __uefi_memory_map_read(bs, m);
	if (EFI_ERROR(s))
		errno = __uefi_status_to_errno(s);
	return s;
}

void uefi_memory_map_free(uefi_memory_map *m)
{
	if (!m)
		return;
	free(m->buffer);
	memset(m, 0, sizeof *m);
}

size_t uefi_memory_map_count(const uefi_memory_map *m)
{
	return m && m->buffer && m->descriptor_size ? m->size / m->descriptor_size : 0;
}

EFI_MEMORY_DESCRIPTOR *uefi_memory_map_at(const uefi_memory_map *m, size_t i)
{
	if (i >= uefi_memory_map_count(m))
		return NULL;
	return (EFI_MEMORY_DESCRIPTOR *)((char *)m->buffer + i * m->descriptor_size);
}

EFI_MEMORY_DESCRIPTOR *uefi_memory_map_next(const uefi_memory_map *m, const EFI_MEMORY_DESCRIPTOR *d)
{
	if (!d)
		return uefi_memory_map_at(m, 0);
	if (!m || (const char *)d < (const char *)m->buffer)
		return NULL;
	size_t i = (size_t)((const char *)d - (const char *)m->buffer) / m->descriptor_size;
	return uefi_memory_map_at(m, i + 1);
}

const char *uefi_memory_type_name(UINT32 type)
{
	static const char *const names[] = {
		"ReservedMemoryType", "LoaderCode", "LoaderData", "BootServicesCode",
		"BootServicesData", "RuntimeServicesCode", "RuntimeServicesData",
		"ConventionalMemory", "UnusableMemory", "ACPIReclaimMemory",
		"ACPIMemoryNVS", "MemoryMappedIO", "MemoryMappedIOPortSpace", "PalCode",
		"PersistentMemory", "UnacceptedMemory",
	};
	static char other[24];
	if (type < sizeof names / sizeof names[0])
		return names[type];
	if (type >= 0x80000000u)
		return "OS";
	if (type >= 0x70000000u)
		return "OEM";
	char digits[12];
	int n = 0;
	do
		digits[n++] = (char)('0' + type % 10);
	while ((type /= 10));
	char *p = other;
	memcpy(p, "Reserved(", 9);
	p += 9;
	while (n)
		*p++ = digits[--n];
	*p++ = ')';
	*p = 0;
	return other;
}
