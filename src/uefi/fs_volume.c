/* sys_file.h's volumes, over EFI_SIMPLE_FILE_SYSTEM_PROTOCOL (the files
 * on them: fs_file.c).
 *
 * Volumes are the handles that carry the Simple File System protocol, in
 * LocateHandleBuffer order.  Their names: when the UEFI shell started the
 * program, the shell's mapping of each (fs0, fs1, ...; any other mapping or
 * alias the shell knows is looked up through it too); otherwise "fs<N>" for
 * the N-th handle. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys_file.h"
#include "../internal/unicode.h"
#include "fs_impl.h"
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
	/* No volume is not remembered: the next call looks again (a volume
	 * may appear later, a driver's or after a failed look-up). */
	nvolumes = n ? n : -1;
	return 0;
}

EFI_FILE_PROTOCOL *__uefi_fs_root(int vol)
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
	if (nvolumes <= 0) {
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

int __sys_fs_space(int vol, struct __sys_fs_space *sp)
{
	if (!live())
		return -1;
	EFI_FILE_PROTOCOL *root = __uefi_fs_root(vol);
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
