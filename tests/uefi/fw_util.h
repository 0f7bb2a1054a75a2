/* Firmware chores several tests share (they use boot services directly,
 * not the library under test). */
#ifndef TESTS_UEFI_FW_UTIL_H
#define TESTS_UEFI_FW_UTIL_H

#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>

/* A direct boot connects only the boot device; a bootloader connects the
 * rest itself, as the shell does, before it looks for volumes. */
static inline void fw_connect_all(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (EFI_ERROR(bs->LocateHandleBuffer(AllHandles, 0, 0, &n, &h)))
		return;
	for (UINTN i = 0; i < n; i++)
		bs->ConnectController(h[i], 0, 0, 1);
	bs->FreePool(h);
}

/* The device path of our own volume plus a file node naming `name` (a
 * path from the root, "\\x.efi"), in malloc'd memory; NULL on failure. */
static inline EFI_DEVICE_PATH *fw_file_path(const CHAR16 *name)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
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
	size_t namelen = 2;
	for (const CHAR16 *c = name; *c; c++)
		namelen += 2;
	size_t nodelen = 4 + namelen;
	unsigned char *out = malloc(devlen + nodelen + 4);
	if (!out)
		return NULL;
	memcpy(out, dev, devlen);
	unsigned char *node = out + devlen;
	node[0] = MEDIA_DEVICE_PATH;
	node[1] = MEDIA_FILEPATH_DP;
	node[2] = (unsigned char)nodelen;
	node[3] = (unsigned char)(nodelen >> 8);
	memcpy(node + 4, name, namelen);
	unsigned char *end = node + nodelen;
	end[0] = END_DEVICE_PATH_TYPE;
	end[1] = END_ENTIRE_DEVICE_PATH_SUBTYPE;
	end[2] = 4;
	end[3] = 0;
	return (EFI_DEVICE_PATH *)out;
}

#endif
