/* sys_file.h over EFI_SIMPLE_FILE_SYSTEM_PROTOCOL and EFI_FILE_PROTOCOL.
 *
 * Volumes are the handles that carry the Simple File System protocol, in
 * LocateHandleBuffer order.  Their names: when the UEFI shell started the
 * program, the shell's mapping of each (fs0, fs1, ...; any other mapping or
 * alias the shell knows is looked up through it too); otherwise "fs<N>" for
 * the N-th handle.  A node is the EFI_FILE_PROTOCOL itself. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys_file.h"
#include "../internal/unicode.h"
#include "uefi_impl.h"
#include "../internal/ascii.h"

#define MAX_VOLUMES 32

static struct volume {
	EFI_HANDLE handle;
	EFI_FILE_PROTOCOL *root;
	char name[16];
} volumes[MAX_VOLUMES];
static int nvolumes = -1;

static EFI_GUID sfs_guid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
static EFI_GUID info_guid = EFI_FILE_INFO_ID;

static EFI_BOOT_SERVICES *live(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs)
		errno = EIO;
	return bs;
}

static int fail(EFI_STATUS s)
{
	errno = __uefi_status_to_errno(s);
	if (!errno)
		errno = EIO;
	return -1;
}

/* The first mapping of a ';'-separated list such as "FS0:;BLK1:", lower
 * case without the ':'; prefers an fs one. */
static void map_name(const CHAR16 *list, char *out, size_t size)
{
	const CHAR16 *best = list;
	for (const CHAR16 *p = list; *p;) {
		if (__ascii_lower(p[0]) == 'f' && __ascii_lower(p[1]) == 's') {
			best = p;
			break;
		}
		while (*p && *p != ';')
			p++;
		if (*p)
			p++;
	}
	size_t n = 0;
	while (best[n] && best[n] != ':' && best[n] != ';' && n + 1 < size && best[n] < 0x80) {
		out[n] = (char)__ascii_lower(best[n]);
		n++;
	}
	out[n] = 0;
}

static void put_index(char *out, const char *prefix, int i)
{
	size_t n = strlen(prefix);
	memcpy(out, prefix, n);
	if (i >= 10)
		out[n++] = (char)('0' + i / 10);
	out[n++] = (char)('0' + i % 10);
	out[n] = 0;
}

static int scan(void)
{
	EFI_BOOT_SERVICES *bs = live();
	if (!bs)
		return -1;
	if (nvolumes >= 0)
		return 0;
	UINTN count = 0;
	EFI_HANDLE *handles = 0;
	EFI_STATUS s = bs->LocateHandleBuffer(ByProtocol, &sfs_guid, 0, &count, &handles);
	if (EFI_ERROR(s) && s != EFI_NOT_FOUND)
		return fail(s);
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	EFI_GUID dp_guid = EFI_DEVICE_PATH_PROTOCOL_GUID;
	int n = 0;
	for (UINTN i = 0; !EFI_ERROR(s) && i < count && n < MAX_VOLUMES; i++, n++) {
		volumes[n].handle = handles[i];
		volumes[n].root = 0;
		put_index(volumes[n].name, "fs", n);
		EFI_DEVICE_PATH *dp = 0;
		if (sh && !EFI_ERROR(bs->HandleProtocol(handles[i], &dp_guid, (void **)&dp)) && dp) {
			EFI_DEVICE_PATH *p = dp;
			const CHAR16 *map = sh->GetMapFromDevicePath(&p);
			if (map && *map)
				map_name(map, volumes[n].name, sizeof volumes[n].name);
			else
				put_index(volumes[n].name, "vol", n);
		}
	}
	if (handles)
		bs->FreePool(handles);
	nvolumes = n;
	return 0;
}

static EFI_FILE_PROTOCOL *root_of(int vol)
{
	if (scan())
		return 0;
	if (vol < 0 || vol >= nvolumes) {
		errno = ENOENT;
		return 0;
	}
	struct volume *v = &volumes[vol];
	if (!v->root) {
		EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *fs;
		EFI_STATUS s = uefi_boot_services()->HandleProtocol(v->handle, &sfs_guid, (void **)&fs);
		if (EFI_ERROR(s) || (s = fs->OpenVolume(fs, &v->root), EFI_ERROR(s))) {
			v->root = 0;
			fail(s);
			return 0;
		}
	}
	return v->root;
}

/* At exit (sys_exit.c, through a weak reference): the volumes' root
 * handles go back to the firmware, which otherwise keeps each one open,
 * and its memory, after the image is gone. */
void __uefi_fs_fini(void)
{
	for (int i = 0; i < nvolumes; i++)
		if (volumes[i].root) {
			volumes[i].root->Close(volumes[i].root);
			volumes[i].root = 0;
		}
	nvolumes = -1;
}

static int index_of(EFI_HANDLE h)
{
	for (int i = 0; i < nvolumes; i++)
		if (volumes[i].handle == h)
			return i;
	return -1;
}

int __sys_fs_volume(const char *name, size_t len)
{
	if (scan())
		return -1;
	for (int i = 0; i < nvolumes; i++) {
		size_t k = strlen(volumes[i].name);
		size_t j = 0;
		while (j < k && j < len && __ascii_lower((unsigned char)name[j]) == volumes[i].name[j])
			j++;
		if (j == k && j == len)
			return i;
	}
	/* Any other name the shell maps (an alias, a consistent name). */
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	if (sh && len < 60) {
		CHAR16 w[64];
		size_t i;
		for (i = 0; i < len; i++)
			w[i] = (unsigned char)name[i];
		w[i++] = ':';
		w[i] = 0;
		const EFI_DEVICE_PATH *dp = sh->GetDevicePathFromMap(w);
		EFI_HANDLE h;
		EFI_DEVICE_PATH *p = (EFI_DEVICE_PATH *)dp;
		if (dp && !EFI_ERROR(uefi_boot_services()->LocateDevicePath(&sfs_guid, &p, &h))) {
			int v = index_of(h);
			if (v >= 0)
				return v;
		}
	}
	errno = ENOENT;
	return -1;
}

int __sys_fs_volume_name(int vol, char *buf, size_t size)
{
	/* The table is built before any volume number is handed out, and
	 * reading it needs no firmware. */
	if (vol < 0 || vol >= nvolumes) {
		errno = ENOENT;
		return -1;
	}
	size_t n = strlen(volumes[vol].name);
	if (n + 1 > size) {
		errno = ERANGE;
		return -1;
	}
	memcpy(buf, volumes[vol].name, n + 1);
	return 0;
}

int __sys_fs_start_dir(int *vol, char *path, size_t size)
{
	if (scan())
		return -1;
	if (!nvolumes) {
		errno = ENOENT;
		return -1;
	}
	EFI_SHELL_PROTOCOL *sh = __uefi_shell();
	const CHAR16 *cur = sh ? sh->GetCurDir(0) : 0;
	if (cur) {
		/* "FS0:\dir": the mapping, then the path. */
		size_t colon = 0;
		while (cur[colon] && cur[colon] != ':')
			colon++;
		char name[64];
		if (cur[colon] == ':' && colon < sizeof name) {
			for (size_t i = 0; i < colon; i++)
				name[i] = (char)(cur[i] < 0x80 ? cur[i] : '?');
			int v = __sys_fs_volume(name, colon);
			const CHAR16 *rest = cur + colon + 1;
			size_t n = 0;
			while (rest[n])
				n++;
			if (v >= 0 && __utf16_to_utf8_size(rest, n) < size) {
				path[__utf16_to_utf8(rest, n, path)] = 0;
				*vol = v;
				return 0;
			}
		}
	}
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	int v = li ? index_of(li->DeviceHandle) : -1;
	*vol = v >= 0 ? v : 0;
	if (size < 2) {
		errno = ERANGE;
		return -1;
	}
	path[0] = '/';
	path[1] = 0;
	return 0;
}

__sys_node *__sys_fs_open(int vol, const uint16_t *path, unsigned mode, unsigned attr)
{
	if (!live())
		return 0;
	EFI_FILE_PROTOCOL *root = root_of(vol);
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

static void put_time(struct __sys_time *t, const EFI_TIME *e)
{
	t->year = e->Year;
	t->month = e->Month;
	t->day = e->Day;
	t->hour = e->Hour;
	t->minute = e->Minute;
	t->second = e->Second;
	t->nanosecond = (long)e->Nanosecond;
	t->tz = e->TimeZone;
}

static void put_info(struct __sys_file_info *out, const EFI_FILE_INFO *in, size_t name_units)
{
	out->size = in->FileSize;
	out->physical_size = in->PhysicalSize;
	out->attr = (unsigned)(in->Attribute & 0x37);
	put_time(&out->ctime, &in->CreateTime);
	put_time(&out->atime, &in->LastAccessTime);
	put_time(&out->mtime, &in->ModificationTime);
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

static void get_time(EFI_TIME *e, const struct __sys_time *t)
{
	memset(e, 0, sizeof *e);
	e->Year = (UINT16)t->year;
	e->Month = (UINT8)t->month;
	e->Day = (UINT8)t->day;
	e->Hour = (UINT8)t->hour;
	e->Minute = (UINT8)t->minute;
	e->Second = (UINT8)t->second;
	e->Nanosecond = (UINT32)t->nanosecond;
	e->TimeZone = (INT16)t->tz;
}

/* SetInfo with new times.  EDK2's FAT driver keeps the modification and
 * access times (the latter as a date only) and ignores a zero EFI_TIME. */
int __sys_fs_set_times(__sys_node *n, const struct __sys_time *atime, const struct __sys_time *mtime)
{
	if (!live())
		return -1;
	union info_buf b;
	EFI_FILE_INFO *in = get_info(n, &b);
	if (!in)
		return -1;
	if (atime)
		get_time(&in->LastAccessTime, atime);
	if (mtime)
		get_time(&in->ModificationTime, mtime);
	return set_info(n, in);
}

int __sys_fs_space(int vol, struct __sys_fs_space *sp)
{
	if (!live())
		return -1;
	EFI_FILE_PROTOCOL *root = root_of(vol);
	if (!root)
		return -1;
	static EFI_GUID fsi_guid = EFI_FILE_SYSTEM_INFO_ID;
	union {
		EFI_FILE_SYSTEM_INFO info;
		unsigned char bytes[sizeof(EFI_FILE_SYSTEM_INFO) + 2 * 256];
	} b;
	UINTN size = sizeof b;
	EFI_STATUS s = root->GetInfo(root, &fsi_guid, &size, &b);
	if (EFI_ERROR(s) && s != EFI_BUFFER_TOO_SMALL)
		return fail(s);
	if (s == EFI_BUFFER_TOO_SMALL) {
		/* A label longer than the room: read it whole. */
		EFI_FILE_SYSTEM_INFO *big = malloc(size);
		if (!big)
			return -1;
		s = root->GetInfo(root, &fsi_guid, &size, big);
		if (!EFI_ERROR(s))
			memcpy(&b.info, big, sizeof b.info);
		free(big);
		if (EFI_ERROR(s))
			return fail(s);
	}
	sp->size = b.info.VolumeSize;
	sp->free = b.info.FreeSpace;
	sp->block = b.info.BlockSize ? b.info.BlockSize : 512;
	sp->read_only = b.info.ReadOnly != 0;
	return 0;
}
