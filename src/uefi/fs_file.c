/* sys_file.h's nodes, over EFI_FILE_PROTOCOL: a node is the
 * EFI_FILE_PROTOCOL itself, opened from its volume's root (fs_volume.c). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys_file.h"
#include "fs_impl.h"
#include "uefi_impl.h"

static EFI_GUID info_guid = EFI_FILE_INFO_ID;

__sys_node *__sys_fs_open(int vol, const uint16_t *path, unsigned mode, unsigned attr)
{
	if (!live())
		return 0;
	EFI_FILE_PROTOCOL *root = __uefi_fs_root(vol);
	if (!root)
		return 0;
	UINT64 m = EFI_FILE_MODE_READ;
	if (mode & __SYS_FS_WRITE)
		m |= EFI_FILE_MODE_WRITE;
	if (mode & __SYS_FS_CREATE)
		m |= EFI_FILE_MODE_WRITE | EFI_FILE_MODE_CREATE;
	UINT64 a = mode & __SYS_FS_CREATE ? (UINT64)attr : 0;
	EFI_FILE_PROTOCOL *h = 0;
	EFI_STATUS s = root->Open(root, &h, (CHAR16 *)path, m, a);
	if (EFI_ERROR(s)) {
		fail(s);
		return 0;
	}
	return (__sys_node *)h;
}

static EFI_FILE_PROTOCOL *file(__sys_node *n)
{
	return (EFI_FILE_PROTOCOL *)n;
}

int __sys_fs_close(__sys_node *n)
{
	if (!live())
		return -1;
	EFI_STATUS s = file(n)->Close(file(n));
	return EFI_ERROR(s) ? fail(s) : 0;
}

int __sys_fs_delete(__sys_node *n)
{
	if (!live())
		return -1;
	EFI_STATUS s = file(n)->Delete(file(n));
	/* EFI_WARN_DELETE_FAILURE: closed, but not deleted. */
	if (s != EFI_SUCCESS) {
		errno = EFI_ERROR(s) ? __uefi_status_to_errno(s) : EACCES;
		return -1;
	}
	return 0;
}

long long __sys_fs_read(__sys_node *n, void *buf, size_t len)
{
	if (!live())
		return -1;
	UINTN size = len;
	EFI_STATUS s = file(n)->Read(file(n), &size, buf);
	if (EFI_ERROR(s))
		return fail(s);
	return (long long)size;
}

long long __sys_fs_write(__sys_node *n, const void *buf, size_t len)
{
	if (!live())
		return -1;
	UINTN size = len;
	EFI_STATUS s = file(n)->Write(file(n), &size, (void *)buf);
	if (EFI_ERROR(s)) {
		fail(s);
		return size && size < len ? (long long)size : -1;
	}
	return (long long)size;
}

int __sys_fs_seek(__sys_node *n, uint64_t pos)
{
	if (!live())
		return -1;
	EFI_STATUS s = file(n)->SetPosition(file(n), pos);
	return EFI_ERROR(s) ? fail(s) : 0;
}

int __sys_fs_tell(__sys_node *n, uint64_t *pos)
{
	if (!live())
		return -1;
	UINT64 p;
	EFI_STATUS s = file(n)->GetPosition(file(n), &p);
	if (EFI_ERROR(s))
		return fail(s);
	*pos = p;
	return 0;
}

int __sys_fs_flush(__sys_node *n)
{
	if (!live())
		return -1;
	EFI_STATUS s = file(n)->Flush(file(n));
	return EFI_ERROR(s) ? fail(s) : 0;
}

int __sys_fs_rewind(__sys_node *n)
{
	return __sys_fs_seek(n, 0);
}

/* EFI_FILE_INFO with room for the longest FAT name and then some. */
#define INFO_SIZE (sizeof(EFI_FILE_INFO) + 2 * 512)
union info_buf {
	EFI_FILE_INFO info;
	unsigned char bytes[INFO_SIZE];
};

static EFI_FILE_INFO *get_info(__sys_node *n, union info_buf *b)
{
	UINTN size = sizeof *b;
	EFI_STATUS s = file(n)->GetInfo(file(n), &info_guid, &size, b);
	if (EFI_ERROR(s)) {
		/* A name longer than FAT's: not one this library made. */
		fail(s == EFI_BUFFER_TOO_SMALL ? EFI_BAD_BUFFER_SIZE : s);
		return 0;
	}
	return &b->info;
}

static void put_info(struct __sys_file_info *out, const EFI_FILE_INFO *in, size_t name_units)
{
	out->size = in->FileSize;
	out->physical_size = in->PhysicalSize;
	out->attr = (unsigned)(in->Attribute & 0x37);
	__uefi_time_to_wall(&out->ctime, &in->CreateTime);
	__uefi_time_to_wall(&out->atime, &in->LastAccessTime);
	__uefi_time_to_wall(&out->mtime, &in->ModificationTime);
	size_t i = 0;
	for (; i < name_units && i < 255 && in->FileName[i]; i++)
		out->name[i] = in->FileName[i];
	out->name[i] = 0;
}

int __sys_fs_info(__sys_node *n, struct __sys_file_info *info)
{
	if (!live())
		return -1;
	union info_buf b;
	EFI_FILE_INFO *in = get_info(n, &b);
	if (!in)
		return -1;
	put_info(info, in, 0);
	return 0;
}

static int set_info(__sys_node *n, EFI_FILE_INFO *in)
{
	EFI_STATUS s = file(n)->SetInfo(file(n), &info_guid, (UINTN)in->Size, in);
	return EFI_ERROR(s) ? fail(s) : 0;
}

int __sys_fs_set_size(__sys_node *n, uint64_t size)
{
	if (!live())
		return -1;
	union info_buf b;
	EFI_FILE_INFO *in = get_info(n, &b);
	if (!in)
		return -1;
	in->FileSize = size;
	return set_info(n, in);
}

int __sys_fs_set_attr(__sys_node *n, unsigned attr)
{
	if (!live())
		return -1;
	union info_buf b;
	EFI_FILE_INFO *in = get_info(n, &b);
	if (!in)
		return -1;
	in->Attribute = (in->Attribute & EFI_FILE_DIRECTORY) | (attr & 0x27);
	return set_info(n, in);
}

/* SetInfo with a new FileName: EDK2's FAT driver takes a name starting
 * with '\' from the volume's root, so this also moves between directories. */
int __sys_fs_rename(__sys_node *n, const uint16_t *path)
{
	if (!live())
		return -1;
	size_t len = 0;
	while (path[len])
		len++;
	size_t size = SIZE_OF_EFI_FILE_INFO + (len + 1) * 2;
	EFI_FILE_INFO *in = malloc(size > sizeof(union info_buf) ? size : sizeof(union info_buf));
	if (!in)
		return -1;
	if (!get_info(n, (union info_buf *)in)) {
		free(in);
		return -1;
	}
	memcpy(in->FileName, path, (len + 1) * 2);
	in->Size = size;
	int r = set_info(n, in);
	free(in);
	return r;
}

int __sys_fs_readdir(__sys_node *n, struct __sys_file_info *info)
{
	if (!live())
		return -1;
	union info_buf b;
	UINTN size = sizeof b;
	EFI_STATUS s = file(n)->Read(file(n), &size, &b);
	if (EFI_ERROR(s))
		return fail(s == EFI_BUFFER_TOO_SMALL ? EFI_BAD_BUFFER_SIZE : s);
	if (!size)
		return 0;
	put_info(info, &b.info, (size - SIZE_OF_EFI_FILE_INFO) / 2);
	return 1;
}

/* SetInfo with new times.  EDK2's FAT driver keeps the modification and
 * access times (the latter as a date only) and ignores a zero EFI_TIME. */
int __sys_fs_set_times(__sys_node *n, const struct __sys_wall *atime, const struct __sys_wall *mtime)
{
	if (!live())
		return -1;
	union info_buf b;
	EFI_FILE_INFO *in = get_info(n, &b);
	if (!in)
		return -1;
	if (atime)
		__uefi_wall_to_time(&in->LastAccessTime, atime);
	if (mtime)
		__uefi_wall_to_time(&in->ModificationTime, mtime);
	return set_info(n, in);
}

