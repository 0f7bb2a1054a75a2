/* uefi_load_file: a whole file into fresh pages of a chosen type.  The file
 * is opened through the library's file layer, so it takes every path fopen
 * takes ("fs1:/boot/x", "\\EFI\\x", relative to the current directory). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uefi/boot.h>
#include "uefi_impl.h"

/* Some firmware fails large reads: a few MiB at a time is the safe size. */
#define CHUNK ((size_t)4 << 20)

static int type_ok(EFI_MEMORY_TYPE type)
{
	uint32_t t = (uint32_t)type;
	return !(t == EfiConventionalMemory || (t >= 14 && t < 0x70000000u));
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
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_PHYSICAL_ADDRESS pages = 0;
	UINTN npages = 0;
	int fd = -1, err;
	if (!path || !data || !size || !type_ok(type)) {
		errno = EINVAL;
		return -1;
	}
	if (!bs) {
		errno = EIO;
		return -1;
	}
	struct stat st;
	if ((fd = open(path, O_RDONLY)) < 0 || fstat(fd, &st)) {
		err = errno;
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		err = EISDIR;
		goto fail;
	}
	uint64_t fsize = (uint64_t)st.st_size;
	if (st.st_size < 0 || fsize > SIZE_MAX - 4095 || (limit && fsize > limit)) {
		err = EFBIG;
		goto fail;
	}
	npages = fsize ? (UINTN)((fsize + 4095) / 4096) : 1;
	if (!(pages = get_pages(bs, type, npages))) {
		err = ENOMEM;
		goto fail;
	}
	unsigned char *p = (unsigned char *)(uintptr_t)pages;
	for (size_t done = 0; done < fsize;) {
		size_t want = fsize - done < CHUNK ? (size_t)fsize - done : CHUNK;
		ssize_t got = read(fd, p + done, want);
		if (got <= 0) {
			err = got < 0 ? errno : EIO;    /* 0: it shrank meanwhile */
			goto fail;
		}
		done += (size_t)got;
	}
	/* The tail of the last page is zeroed, so that what follows the file
	 * is predictable (a text file reads as a C string). */
	memset(p + fsize, 0, npages * 4096 - (UINTN)fsize);
	close(fd);
	*data = p;
	*size = (size_t)fsize;
	return 0;
fail:
	if (pages)
		bs->FreePages(pages, npages);
	if (fd >= 0)
		close(fd);
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
