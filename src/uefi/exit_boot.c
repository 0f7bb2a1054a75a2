/* ExitBootServices as the UEFI specification asks (7.4, ExitBootServices):
 * "If MapKey value is incorrect, ExitBootServices() returns
 * EFI_INVALID_PARAMETER and GetMemoryMap() with ExitBootServices() must be
 * called again."  After the first call only GetMemoryMap may be used, so
 * the buffer is allocated, with slack, before it. */
#include <errno.h>
#include <stdio.h>
#include <uefi/boot.h>
#include "uefi_impl.h"

static EFI_STATUS fail(uefi_memory_map *m, EFI_STATUS s, const char *why)
{
	if (m)
		m->error = why;
	errno = __uefi_status_to_errno(s);
	return s;
}

EFI_STATUS uefi_exit_boot_services(uefi_memory_map *m)
{
	if (!m)
		return fail(m, EFI_INVALID_PARAMETER, "no memory map given");
	m->attempts = 0;
	m->error = NULL;
	/* Held for the whole call: on some firmware a failed attempt already
	 * signals the event group, which trips the guard. */
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs)
		return fail(m, EFI_ACCESS_DENIED, "boot services are already gone");
	unsigned max = m->max_attempts ? m->max_attempts : UEFI_EXIT_ATTEMPTS;

	/* The console goes with boot services: say everything now. */
	fflush(NULL);

	/* Size the buffer for the map as it is plus slack, allocating now. */
	EFI_STATUS s = __uefi_memory_map_read(bs, m);
	if (s == EFI_OUT_OF_RESOURCES)
		return fail(m, s, "no memory for the memory map buffer");
	if (EFI_ERROR(s))
		return fail(m, s, "GetMemoryMap failed");
	/* Half the slack must be left for what changes before the last read. */
	if (m->size + UEFI_MEMORY_MAP_SLACK / 2 * m->descriptor_size > m->capacity) {
		if (__uefi_memory_map_reserve(m, m->size + 2 * UEFI_MEMORY_MAP_SLACK * m->descriptor_size))
			return fail(m, EFI_OUT_OF_RESOURCES, "no memory for the memory map buffer");
		s = __uefi_memory_map_read(bs, m);
		if (EFI_ERROR(s))
			return fail(m, s, "GetMemoryMap failed");
	}

	for (;;) {
		m->attempts++;
		s = bs->ExitBootServices(uefi_image_handle(), m->key);
		if (s == EFI_SUCCESS)
			return s;
		if (s != EFI_INVALID_PARAMETER)
			return fail(m, s, "ExitBootServices failed");
		if (m->attempts >= max)
			return fail(m, s, "the memory map key was stale on every ExitBootServices attempt");
		/* Same buffer, no allocation: only GetMemoryMap is allowed now. */
		UINTN size = m->capacity, key = 0, dsize = 0;
		UINT32 dver = 0;
		s = bs->GetMemoryMap(&size, m->buffer, &key, &dsize, &dver);
		if (s == EFI_BUFFER_TOO_SMALL)
			return fail(m, s, "the memory map outgrew its buffer after a failed ExitBootServices");
		if (EFI_ERROR(s))
			return fail(m, s, "GetMemoryMap failed after a failed ExitBootServices");
		m->size = size;
		m->key = key;
		m->descriptor_size = dsize;
		m->descriptor_version = dver;
	}
}
