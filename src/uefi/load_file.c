/* uefi_load_file: a whole file into fresh pages of a chosen type.
 *
 * Paths are resolved here, privately, on the volume the image was loaded
 * from: "/boot/vmlinuz", "\\boot\\vmlinuz" and "boot/vmlinuz" all name a
 * file from that volume's root.  (When the library's file layer exists,
 * this should take its paths instead, so that it accepts what fopen does.) */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/boot.h>
#include "../internal/unicode.h"
#include "uefi_impl.h"

#define PATH_UNITS 1024
/* Some firmware fails large reads: a few MiB at a time is the safe size. */
#define CHUNK (4u << 20)

static int type_ok(EFI_MEMORY_TYPE type)
{
	uint32_t t = (uint32_t)type;
	return !(t == EfiConventionalMemory || (t >= 14 && t < 0x70000000u));
}

/* UTF-8 to a UCS-2 path with '\' separators; 0 or an errno value. */
static int make_path(const char *path, CHAR16 *out)
{
	struct __utf8_decoder d;
	memset(&d, 0, sizeof d);
	size_t n = 0;
	for (const unsigned char *s = (const unsigned char *)path;; s++) {
		uint32_t cp[2];
		int k = *s ? __utf8_decode_byte(&d, *s, cp) : __utf8_decode_end(&d, cp);
		for (int j = 0; j < k; j++) {
			if (cp[j] == __REPLACEMENT_CHAR)
				return EINVAL;
			if (n + 3 > PATH_UNITS)
				return ENAMETOOLONG;
			if (cp[j] > 0xFFFF) {
				out[n++] = (CHAR16)(0xD800 + ((cp[j] - 0x10000) >> 10));
				out[n++] = (CHAR16)(0xDC00 + (cp[j] & 0x3FF));
			} else {
				out[n++] = (CHAR16)(cp[j] == '/' ? '\\' : cp[j]);
			}
		}
		if (!*s)
			break;
	}
	out[n] = 0;
	return n ? 0 : ENOENT;
}

static int open_on_image_volume(EFI_BOOT_SERVICES *bs, const CHAR16 *path, EFI_FILE_PROTOCOL **file)
{
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	EFI_GUID sfs_guid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
	EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *sfs = 0;
	EFI_FILE_PROTOCOL *root = 0;
	if (!li || !li->DeviceHandle ||
	    EFI_ERROR(bs->HandleProtocol(li->DeviceHandle, &sfs_guid, (void **)&sfs)) || !sfs)
		return ENODEV;
	EFI_STATUS s = sfs->OpenVolume(sfs, &root);
	if (EFI_ERROR(s))
		return __uefi_status_to_errno(s);
	s = root->Open(root, file, (CHAR16 *)path, EFI_FILE_MODE_READ, 0);
	root->Close(root);
	return EFI_ERROR(s) ? __uefi_status_to_errno(s) : 0;
}

/* The file's size and whether it is a directory, from EFI_FILE_INFO. */
static int file_info(EFI_FILE_PROTOCOL *f, UINT64 *size, int *dir)
{
	EFI_GUID info_guid = EFI_FILE_INFO_ID;
	union { EFI_FILE_INFO info; unsigned char bytes[sizeof(EFI_FILE_INFO) + 512]; } stack;
	void *buf = &stack;
	UINTN n = sizeof stack;
	EFI_STATUS s = f->GetInfo(f, &info_guid, &n, buf);
	if (s == EFI_BUFFER_TOO_SMALL) {
		buf = malloc(n);
		if (!buf)
			return ENOMEM;
		s = f->GetInfo(f, &info_guid, &n, buf);
	}
	if (!EFI_ERROR(s)) {
		*size = ((EFI_FILE_INFO *)buf)->FileSize;
		*dir = (((EFI_FILE_INFO *)buf)->Attribute & EFI_FILE_DIRECTORY) != 0;
	}
	if (buf != &stack)
		free(buf);
	return EFI_ERROR(s) ? __uefi_status_to_errno(s) : 0;
}

/* npages pages of the type at a non-zero address, or 0. */
static EFI_PHYSICAL_ADDRESS get_pages(EFI_BOOT_SERVICES *bs, EFI_MEMORY_TYPE type, UINTN npages)
{
	EFI_PHYSICAL_ADDRESS a = 0, b = 0;
	if (EFI_ERROR(bs->AllocatePages(AllocateAnyPages, type, npages, &a)))
		return 0;
	if (a)
		return a;
	/* Address 0 is no C pointer: hold it while asking again. */
	if (EFI_ERROR(bs->AllocatePages(AllocateAnyPages, type, npages, &b)))
		b = 0;
	bs->FreePages(0, npages);
	return b;
}

int uefi_load_file(const char *path, EFI_MEMORY_TYPE type, size_t limit, void **data, size_t *size)
{
	static CHAR16 upath[PATH_UNITS];
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_FILE_PROTOCOL *f = 0;
	EFI_PHYSICAL_ADDRESS pages = 0;
	UINTN npages = 0;
	int err;
	if (!path || !data || !size || !type_ok(type)) {
		errno = EINVAL;
		return -1;
	}
	if (!bs) {
		errno = EIO;
		return -1;
	}
	if ((err = make_path(path, upath)) || (err = open_on_image_volume(bs, upath, &f)))
		goto fail;
	UINT64 fsize;
	int dir;
	if ((err = file_info(f, &fsize, &dir)))
		goto fail;
	if (dir) {
		err = EISDIR;
		goto fail;
	}
	if (fsize > SIZE_MAX - 4095 || (limit && fsize > limit)) {
		err = EFBIG;
		goto fail;
	}
	npages = fsize ? (UINTN)((fsize + 4095) / 4096) : 1;
	if (!(pages = get_pages(bs, type, npages))) {
		err = ENOMEM;
		goto fail;
	}
	unsigned char *p = (unsigned char *)(uintptr_t)pages;
	for (UINT64 done = 0; done < fsize;) {
		UINTN n = fsize - done < CHUNK ? (UINTN)(fsize - done) : CHUNK;
		EFI_STATUS s = f->Read(f, &n, p + done);
		if (EFI_ERROR(s) || n == 0) {
			err = EFI_ERROR(s) ? __uefi_status_to_errno(s) : EIO;   /* shrank meanwhile */
			goto fail;
		}
		done += n;
	}
	/* The tail of the last page is zeroed, so that what follows the file
	 * is predictable (a text file reads as a C string). */
	memset(p + fsize, 0, npages * 4096 - (UINTN)fsize);
	f->Close(f);
	*data = p;
	*size = (size_t)fsize;
	return 0;
fail:
	if (pages)
		bs->FreePages(pages, npages);
	if (f)
		f->Close(f);
	errno = err;
	return -1;
}

void uefi_free_file(void *data, size_t size)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs || !data)
		return;
	UINTN npages = size ? (size + 4095) / 4096 : 1;
	bs->FreePages((EFI_PHYSICAL_ADDRESS)(uintptr_t)data, npages);
}
