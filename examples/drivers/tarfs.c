/* A UEFI Driver Model driver written with the library (docs/drivers.md):
 * it finds a tar archive named archive.tar at the root of a file system and
 * exposes its contents as a read-only file system of its own.
 *
 *   uefi-cc --boot-service-driver -O2 -o tarfs.efi tarfs.c
 *   Shell> load tarfs.efi          (load connects it to every controller)
 *   Shell> map -r                  (the archive appears as a new FSn:)
 *   Shell> ls fs1:\  ...  type fs1:\readme.txt
 *
 * Driver Binding: Supported() accepts a handle with a Simple File System
 * whose root holds archive.tar (and not one of its own volumes); Start()
 * reads the archive into memory, builds a tree of its entries and creates a
 * child handle with a device path (the parent's plus a vendor node) and
 * EFI_SIMPLE_FILE_SYSTEM_PROTOCOL; Stop() removes the child once no file of
 * it is open.  The archive is POSIX ustar (names in UTF-8, up to 255 bytes
 * with the prefix field): regular files and directories; other entries are
 * skipped.  Every file is read-only: opening for writing answers
 * EFI_WRITE_PROTECTED.  Unloading disconnects the driver from every
 * controller first. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uchar.h>
#include <wchar.h>
#include <uefi/driver.h>

static EFI_GUID sfs_guid = SIMPLE_FILE_SYSTEM_PROTOCOL;
static EFI_GUID dp_guid = DEVICE_PATH_PROTOCOL;
static EFI_GUID binding_guid = EFI_DRIVER_BINDING_PROTOCOL_GUID;
static EFI_GUID name2_guid = EFI_COMPONENT_NAME2_PROTOCOL_GUID;
static EFI_GUID file_info_guid = EFI_FILE_INFO_ID;
static EFI_GUID fs_info_guid = EFI_FILE_SYSTEM_INFO_ID;
static EFI_GUID fs_label_guid = EFI_FILE_SYSTEM_VOLUME_LABEL_ID;
/* The vendor node of our volumes' device paths, and the mark on their
 * handles that keeps Supported() from mounting our own volumes. */
static EFI_GUID tarfs_guid = { 0x3f5d8a40, 0x91c2, 0x4b7e, { 0x8d, 0x13, 0x6a, 0x2e, 0x55, 0xc0, 0x7b, 0x19 } };

#define ARCHIVE_NAME L"archive.tar"
#define LABEL L"TARFS"

struct node {
	CHAR16 *name;               /* one path component; "" for the root */
	struct node *parent, *child, *next;   /* children in archive order */
	int dir;
	const unsigned char *data;  /* into the archive */
	uint64_t size;
	int64_t mtime;
};

struct volume {
	EFI_SIMPLE_FILE_SYSTEM_PROTOCOL sfs;    /* first: the protocol is the volume */
	EFI_HANDLE controller, child;
	EFI_DEVICE_PATH *path;
	unsigned char *archive;
	uint64_t archive_size;
	struct node root;
	unsigned open_files;
	struct volume *next;
};

struct file {
	EFI_FILE_PROTOCOL proto;    /* first: the protocol is the file */
	struct volume *vol;
	struct node *node;
	uint64_t pos;               /* files: the byte; directories: the entry */
	struct node *cursor;        /* directories: the next entry to read */
};

static struct volume *volumes;
static EFI_DRIVER_BINDING_PROTOCOL binding;

static EFI_BOOT_SERVICES *bs(void)
{
	return uefi_boot_services();
}

/* ---- the archive ---- */

static uint64_t octal(const unsigned char *p, size_t n, int *bad)
{
	uint64_t v = 0;
	size_t i = 0;
	while (i < n && p[i] == ' ')
		i++;
	for (; i < n && p[i] >= '0' && p[i] <= '7'; i++)
		v = v * 8 + (p[i] - '0');
	if (i < n && p[i] != 0 && p[i] != ' ')
		*bad = 1;
	return v;
}

/* UTF-8 to a new NUL-terminated UTF-16 string (surrogate pairs beyond the
 * BMP); NULL for invalid UTF-8 or no memory. */
static CHAR16 *utf16_of(const char *s, size_t n)
{
	CHAR16 *w = malloc((n + 1) * sizeof *w);
	if (!w)
		return 0;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t k = 0;
	while (n) {
		char16_t c;
		size_t r = mbrtoc16(&c, s, n, &st);
		if (r == (size_t)-3) {          /* the second half of a pair */
			w[k++] = c;
			continue;
		}
		if (r == 0 || r > n) {          /* NUL inside, or invalid, or cut */
			free(w);
			return 0;
		}
		w[k++] = c;
		s += r;
		n -= r;
	}
	if (!mbsinit(&st)) {
		free(w);
		return 0;
	}
	w[k] = 0;
	return w;
}

/* ASCII letters compare without case, as on FAT; the rest exactly. */
static int name_eq(const CHAR16 *a, const CHAR16 *b, size_t blen)
{
	for (size_t i = 0; i < blen; i++) {
		CHAR16 x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (!a[i] || x != y)
			return 0;
	}
	return a[blen] == 0;
}

static struct node *child_named(struct node *dir, const CHAR16 *name, size_t len)
{
	for (struct node *c = dir->child; c; c = c->next)
		if (name_eq(c->name, name, len))
			return c;
	return 0;
}

static void free_tree(struct node *n)
{
	struct node *c = n->child;
	while (c) {
		struct node *next = c->next;
		free_tree(c);
		free(c->name);
		free(c);
		c = next;
	}
	n->child = 0;
}

/* Finds or makes the node of a path's component under dir. */
static struct node *add_child(struct node *dir, const CHAR16 *name, size_t len, int is_dir)
{
	struct node *c = child_named(dir, name, len);
	if (c)
		return c->dir == is_dir ? c : 0;   /* a file where a directory is, or the reverse: damaged */
	c = calloc(1, sizeof *c);
	if (!c || !(c->name = malloc((len + 1) * sizeof(CHAR16)))) {
		free(c);
		return 0;
	}
	memcpy(c->name, name, len * sizeof(CHAR16));
	c->name[len] = 0;
	c->dir = is_dir;
	c->parent = dir;
	struct node **tail = &dir->child;
	while (*tail)
		tail = &(*tail)->next;
	*tail = c;
	return c;
}

/* Builds the tree; EFI_VOLUME_CORRUPTED for a damaged archive. */
static EFI_STATUS parse(struct volume *v)
{
	const unsigned char *a = v->archive;
	uint64_t off = 0, n = v->archive_size;
	v->root.name = L"";
	v->root.dir = 1;
	while (off + 512 <= n) {
		const unsigned char *h = a + off;
		int zero = 1;
		for (int i = 0; i < 512 && zero; i++)
			zero = !h[i];
		if (zero)
			return EFI_SUCCESS;             /* the end-of-archive blocks */
		int bad = 0;
		unsigned sum = 0;
		for (int i = 0; i < 512; i++)
			sum += i >= 148 && i < 156 ? ' ' : h[i];
		if (octal(h + 148, 8, &bad) != sum || bad || memcmp(h + 257, "ustar", 5))
			return EFI_VOLUME_CORRUPTED;
		uint64_t size = octal(h + 124, 12, &bad);
		int64_t mtime = (int64_t)octal(h + 136, 12, &bad);
		char type = (char)h[156];
		if (bad || size > n - off - 512)
			return EFI_VOLUME_CORRUPTED;
		char path[256 + 2];
		size_t pl = strnlen((const char *)h + 345, 155), nl = strnlen((const char *)h, 100);
		memcpy(path, h + 345, pl);
		if (pl)
			path[pl++] = '/';
		memcpy(path + pl, h, nl);
		pl += nl;
		path[pl] = 0;
		if (type == '0' || type == 0 || type == '5') {
			CHAR16 *w = utf16_of(path, pl);
			if (!w)
				return EFI_VOLUME_CORRUPTED;
			struct node *dir = &v->root, *leaf = 0;
			CHAR16 *p = w;
			while (*p) {
				while (*p == '/')
					p++;
				if (!*p)
					break;
				CHAR16 *e = p;
				while (*e && *e != '/')
					e++;
				size_t len = (size_t)(e - p);
				int last = !*e || !e[1 + wcsspn(e + 1, L"/")];
				if (len == 1 && p[0] == '.') {
					p = e;
					continue;
				}
				if (len == 2 && p[0] == '.' && p[1] == '.') {
					free(w);
					return EFI_VOLUME_CORRUPTED;
				}
				leaf = add_child(dir, p, len, last ? type == '5' : 1);
				if (!leaf) {
					free(w);
					return EFI_VOLUME_CORRUPTED;
				}
				dir = leaf;
				p = e;
			}
			free(w);
			if (leaf) {
				leaf->mtime = mtime;
				if (!leaf->dir) {
					leaf->data = a + off + 512;
					leaf->size = size;
				}
			}
		}
		off += 512 + (size + 511) / 512 * 512;
	}
	return EFI_SUCCESS;      /* ended without its zero blocks: take what was there */
}

/* ---- EFI_FILE_PROTOCOL ---- */

static EFI_FILE_PROTOCOL file_template;

static struct file *file_new(struct volume *v, struct node *n)
{
	struct file *f = calloc(1, sizeof *f);
	if (!f)
		return 0;
	f->proto = file_template;
	f->vol = v;
	f->node = n;
	f->cursor = n->child;
	v->open_files++;
	return f;
}

static EFI_STATUS EFIAPI f_open(EFI_FILE_PROTOCOL *This, EFI_FILE_PROTOCOL **out, CHAR16 *name, UINT64 mode, UINT64 attr)
{
	(void)attr;
	struct file *f = (struct file *)This;
	if (!out || !name)
		return EFI_INVALID_PARAMETER;
	if (mode != EFI_FILE_MODE_READ) {
		if (mode == (EFI_FILE_MODE_READ | EFI_FILE_MODE_WRITE) ||
		    mode == (EFI_FILE_MODE_READ | EFI_FILE_MODE_WRITE | EFI_FILE_MODE_CREATE))
			return EFI_WRITE_PROTECTED;
		return EFI_INVALID_PARAMETER;
	}
	struct node *n = f->node;
	const CHAR16 *p = name;
	if (*p == '\\') {
		n = &f->vol->root;
	} else if (!n->dir) {
		n = n->parent;              /* relative to a file: to its directory */
	}
	while (*p) {
		while (*p == '\\')
			p++;
		if (!*p)
			break;
		const CHAR16 *e = p;
		while (*e && *e != '\\')
			e++;
		size_t len = (size_t)(e - p);
		if (len == 1 && p[0] == '.') {
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (!n->parent)
				return EFI_NOT_FOUND;
			n = n->parent;
		} else {
			if (!n->dir)
				return EFI_NOT_FOUND;
			n = child_named(n, p, len);
			if (!n)
				return EFI_NOT_FOUND;
		}
		p = e;
	}
	struct file *nf = file_new(f->vol, n);
	if (!nf)
		return EFI_OUT_OF_RESOURCES;
	*out = &nf->proto;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI f_close(EFI_FILE_PROTOCOL *This)
{
	struct file *f = (struct file *)This;
	f->vol->open_files--;
	free(f);
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI f_delete(EFI_FILE_PROTOCOL *This)
{
	f_close(This);
	return EFI_WARN_DELETE_FAILURE;
}

static void efi_time_of(EFI_TIME *t, int64_t secs)
{
	memset(t, 0, sizeof *t);
	time_t s = (time_t)secs;
	struct tm tm;
	if (!gmtime_r(&s, &tm))
		return;
	t->Year = (UINT16)(tm.tm_year + 1900);
	t->Month = (UINT8)(tm.tm_mon + 1);
	t->Day = (UINT8)tm.tm_mday;
	t->Hour = (UINT8)tm.tm_hour;
	t->Minute = (UINT8)tm.tm_min;
	t->Second = (UINT8)tm.tm_sec;
	t->TimeZone = 0;            /* tar times are UTC */
}

/* EFI_FILE_INFO of n into buf (*size bytes), or the size it needs. */
static EFI_STATUS file_info(struct node *n, UINTN *size, void *buf)
{
	size_t len = wcslen(n->name);
	UINTN need = SIZE_OF_EFI_FILE_INFO + (len + 1) * sizeof(CHAR16);
	if (*size < need) {
		*size = need;
		return EFI_BUFFER_TOO_SMALL;
	}
	EFI_FILE_INFO *i = buf;
	memset(i, 0, SIZE_OF_EFI_FILE_INFO);
	i->Size = need;
	i->FileSize = n->size;
	i->PhysicalSize = (n->size + 511) / 512 * 512;
	efi_time_of(&i->ModificationTime, n->mtime);
	i->CreateTime = i->LastAccessTime = i->ModificationTime;
	i->Attribute = EFI_FILE_READ_ONLY | (n->dir ? EFI_FILE_DIRECTORY : 0);
	memcpy(i->FileName, n->name, (len + 1) * sizeof(CHAR16));
	*size = need;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI f_read(EFI_FILE_PROTOCOL *This, UINTN *size, void *buf)
{
	struct file *f = (struct file *)This;
	if (!size || (*size && !buf))
		return EFI_INVALID_PARAMETER;
	struct node *n = f->node;
	if (n->dir) {
		if (!f->cursor) {
			*size = 0;
			return EFI_SUCCESS;
		}
		EFI_STATUS s = file_info(f->cursor, size, buf);
		if (!EFI_ERROR(s)) {
			f->cursor = f->cursor->next;
			f->pos++;
		}
		return s;
	}
	if (f->pos > n->size)
		return EFI_DEVICE_ERROR;
	uint64_t left = n->size - f->pos;
	if (*size > left)
		*size = (UINTN)left;
	memcpy(buf, n->data + f->pos, *size);
	f->pos += *size;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI f_write(EFI_FILE_PROTOCOL *This, UINTN *size, void *buf)
{
	(void)size;
	(void)buf;
	return ((struct file *)This)->node->dir ? EFI_UNSUPPORTED : EFI_ACCESS_DENIED;
}

static EFI_STATUS EFIAPI f_get_position(EFI_FILE_PROTOCOL *This, UINT64 *pos)
{
	struct file *f = (struct file *)This;
	if (!pos)
		return EFI_INVALID_PARAMETER;
	if (f->node->dir)
		return EFI_UNSUPPORTED;
	*pos = f->pos;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI f_set_position(EFI_FILE_PROTOCOL *This, UINT64 pos)
{
	struct file *f = (struct file *)This;
	if (f->node->dir) {
		if (pos)
			return EFI_UNSUPPORTED;
		f->cursor = f->node->child;
		f->pos = 0;
		return EFI_SUCCESS;
	}
	f->pos = pos == UINT64_MAX ? f->node->size : pos;
	return EFI_SUCCESS;
}

static int guid_eq(const EFI_GUID *a, const EFI_GUID *b)
{
	return !memcmp(a, b, sizeof *a);
}

static EFI_STATUS EFIAPI f_get_info(EFI_FILE_PROTOCOL *This, EFI_GUID *type, UINTN *size, void *buf)
{
	struct file *f = (struct file *)This;
	if (!type || !size || (*size && !buf))
		return EFI_INVALID_PARAMETER;
	if (guid_eq(type, &file_info_guid))
		return file_info(f->node, size, buf);
	int fs = guid_eq(type, &fs_info_guid);
	if (fs || guid_eq(type, &fs_label_guid)) {
		UINTN head = fs ? SIZE_OF_EFI_FILE_SYSTEM_INFO : 0, need = head + sizeof LABEL;
		if (*size < need) {
			*size = need;
			return EFI_BUFFER_TOO_SMALL;
		}
		if (fs) {
			EFI_FILE_SYSTEM_INFO *i = buf;
			i->Size = need;
			i->ReadOnly = TRUE;
			i->VolumeSize = f->vol->archive_size;
			i->FreeSpace = 0;
			i->BlockSize = 512;
		}
		memcpy((char *)buf + head, LABEL, sizeof LABEL);
		*size = need;
		return EFI_SUCCESS;
	}
	return EFI_UNSUPPORTED;
}

static EFI_STATUS EFIAPI f_set_info(EFI_FILE_PROTOCOL *This, EFI_GUID *type, UINTN size, void *buf)
{
	(void)This;
	(void)type;
	(void)size;
	(void)buf;
	return EFI_WRITE_PROTECTED;
}

static EFI_STATUS EFIAPI f_flush(EFI_FILE_PROTOCOL *This)
{
	(void)This;
	return EFI_ACCESS_DENIED;   /* opened read-only, as every file here */
}

static EFI_FILE_PROTOCOL file_template = {
	EFI_FILE_PROTOCOL_REVISION, f_open, f_close, f_delete, f_read, f_write,
	f_get_position, f_set_position, f_get_info, f_set_info, f_flush,
	0, 0, 0, 0,
};

static EFI_STATUS EFIAPI open_volume(EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *This, EFI_FILE_PROTOCOL **root)
{
	struct volume *v = (struct volume *)This;
	if (!root)
		return EFI_INVALID_PARAMETER;
	struct file *f = file_new(v, &v->root);
	if (!f)
		return EFI_OUT_OF_RESOURCES;
	*root = &f->proto;
	return EFI_SUCCESS;
}

/* ---- Driver Binding ---- */

/* Opens archive.tar on the controller's file system; NULL when it has none. */
static EFI_FILE_PROTOCOL *open_archive(EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *sfs)
{
	EFI_FILE_PROTOCOL *root, *f = 0;
	if (EFI_ERROR(sfs->OpenVolume(sfs, &root)))
		return 0;
	if (EFI_ERROR(root->Open(root, &f, ARCHIVE_NAME, EFI_FILE_MODE_READ, 0)))
		f = 0;
	root->Close(root);
	return f;
}

static EFI_STATUS EFIAPI supported(EFI_DRIVER_BINDING_PROTOCOL *This, EFI_HANDLE controller, EFI_DEVICE_PATH *rest)
{
	(void)rest;
	void *mark;
	if (!EFI_ERROR(bs()->HandleProtocol(controller, &tarfs_guid, &mark)))
		return EFI_UNSUPPORTED;     /* one of ours */
	EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *sfs;
	EFI_STATUS s = bs()->OpenProtocol(controller, &sfs_guid, (void **)&sfs, This->DriverBindingHandle,
	                                  controller, EFI_OPEN_PROTOCOL_BY_DRIVER);
	if (EFI_ERROR(s))
		return s;
	EFI_FILE_PROTOCOL *f = open_archive(sfs);
	if (f)
		f->Close(f);
	bs()->CloseProtocol(controller, &sfs_guid, This->DriverBindingHandle, controller);
	return f ? EFI_SUCCESS : EFI_UNSUPPORTED;
}

static EFI_STATUS read_all(EFI_FILE_PROTOCOL *f, struct volume *v)
{
	UINTN isize = 0;
	EFI_STATUS s = f->GetInfo(f, &file_info_guid, &isize, 0);
	if (s != EFI_BUFFER_TOO_SMALL)
		return EFI_ERROR(s) ? s : EFI_DEVICE_ERROR;
	EFI_FILE_INFO *info = malloc(isize);
	if (!info)
		return EFI_OUT_OF_RESOURCES;
	s = f->GetInfo(f, &file_info_guid, &isize, info);
	uint64_t size = info->FileSize;
	free(info);
	if (EFI_ERROR(s))
		return s;
	if (size > SIZE_MAX - 1 || !(v->archive = malloc(size ? (size_t)size : 1)))
		return EFI_OUT_OF_RESOURCES;
	/* In chunks: some firmware fails large reads. */
	for (uint64_t got = 0; got < size;) {
		UINTN n = size - got > (1u << 20) ? (1u << 20) : (UINTN)(size - got);
		s = f->Read(f, &n, v->archive + got);
		if (EFI_ERROR(s))
			return s;
		if (!n)
			return EFI_VOLUME_CORRUPTED;
		got += n;
	}
	v->archive_size = size;
	return EFI_SUCCESS;
}

/* The parent's device path and a vendor media node after it. */
static EFI_DEVICE_PATH *child_path(EFI_HANDLE controller)
{
	EFI_DEVICE_PATH *parent;
	if (EFI_ERROR(bs()->HandleProtocol(controller, &dp_guid, (void **)&parent)))
		return 0;
	size_t len = 0;
	for (EFI_DEVICE_PATH *d = parent; !(d->Type == END_DEVICE_PATH_TYPE && d->SubType == END_ENTIRE_DEVICE_PATH_SUBTYPE);
	     d = (EFI_DEVICE_PATH *)((char *)d + (d->Length[0] | d->Length[1] << 8)))
		len += (size_t)(d->Length[0] | d->Length[1] << 8);
	unsigned char *p = malloc(len + sizeof(VENDOR_DEVICE_PATH) + sizeof(EFI_DEVICE_PATH));
	if (!p)
		return 0;
	memcpy(p, parent, len);
	VENDOR_DEVICE_PATH ven;
	ven.Header.Type = MEDIA_DEVICE_PATH;
	ven.Header.SubType = MEDIA_VENDOR_DP;
	ven.Header.Length[0] = (UINT8)sizeof ven;
	ven.Header.Length[1] = (UINT8)(sizeof ven >> 8);
	ven.Guid = tarfs_guid;
	memcpy(p + len, &ven, sizeof ven);
	EFI_DEVICE_PATH end = { END_DEVICE_PATH_TYPE, END_ENTIRE_DEVICE_PATH_SUBTYPE, { sizeof end, 0 } };
	memcpy(p + len + sizeof ven, &end, sizeof end);
	return (EFI_DEVICE_PATH *)p;
}

static void volume_free(struct volume *v)
{
	free_tree(&v->root);
	free(v->archive);
	free(v->path);
	free(v);
}

static EFI_STATUS EFIAPI start(EFI_DRIVER_BINDING_PROTOCOL *This, EFI_HANDLE controller, EFI_DEVICE_PATH *rest)
{
	(void)rest;
	EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *sfs;
	EFI_STATUS s = bs()->OpenProtocol(controller, &sfs_guid, (void **)&sfs, This->DriverBindingHandle,
	                                  controller, EFI_OPEN_PROTOCOL_BY_DRIVER);
	if (EFI_ERROR(s))
		return s;
	struct volume *v = calloc(1, sizeof *v);
	EFI_FILE_PROTOCOL *f = v ? open_archive(sfs) : 0;
	if (!v || !f) {
		s = v ? EFI_UNSUPPORTED : EFI_OUT_OF_RESOURCES;
		goto fail;
	}
	s = read_all(f, v);
	f->Close(f);
	if (!EFI_ERROR(s))
		s = parse(v);
	if (!EFI_ERROR(s) && !(v->path = child_path(controller)))
		s = EFI_OUT_OF_RESOURCES;
	if (EFI_ERROR(s))
		goto fail;
	v->sfs.Revision = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_REVISION;
	v->sfs.OpenVolume = open_volume;
	v->controller = controller;
	s = bs()->InstallMultipleProtocolInterfaces(&v->child, &dp_guid, v->path, &sfs_guid, &v->sfs,
	                                            &tarfs_guid, (void *)0, (void *)0);
	if (EFI_ERROR(s))
		goto fail;
	/* The child holds the controller's file system, as the Driver Model
	 * asks, so that the firmware knows whose child it is. */
	void *unused;
	bs()->OpenProtocol(controller, &sfs_guid, &unused, This->DriverBindingHandle, v->child,
	                   EFI_OPEN_PROTOCOL_BY_CHILD_CONTROLLER);
	v->next = volumes;
	volumes = v;
	return EFI_SUCCESS;
fail:
	if (v)
		volume_free(v);
	bs()->CloseProtocol(controller, &sfs_guid, This->DriverBindingHandle, controller);
	return s;
}

static EFI_STATUS EFIAPI stop(EFI_DRIVER_BINDING_PROTOCOL *This, EFI_HANDLE controller, UINTN nchildren, EFI_HANDLE *children)
{
	EFI_STATUS result = EFI_SUCCESS;
	for (UINTN i = 0; i < nchildren; i++) {
		struct volume **pv = &volumes;
		while (*pv && (*pv)->child != children[i])
			pv = &(*pv)->next;
		struct volume *v = *pv;
		if (!v || v->open_files) {
			result = EFI_DEVICE_ERROR;      /* a file of it is still open */
			continue;
		}
		bs()->CloseProtocol(controller, &sfs_guid, This->DriverBindingHandle, v->child);
		EFI_STATUS s = bs()->UninstallMultipleProtocolInterfaces(v->child, &dp_guid, v->path, &sfs_guid, &v->sfs,
		                                                          &tarfs_guid, (void *)0, (void *)0);
		if (EFI_ERROR(s)) {
			void *unused;
			bs()->OpenProtocol(controller, &sfs_guid, &unused, This->DriverBindingHandle, v->child,
			                   EFI_OPEN_PROTOCOL_BY_CHILD_CONTROLLER);
			result = s;
			continue;
		}
		*pv = v->next;
		volume_free(v);
	}
	if (!nchildren)
		return bs()->CloseProtocol(controller, &sfs_guid, This->DriverBindingHandle, controller);
	return result;
}

static EFI_DRIVER_BINDING_PROTOCOL binding = { supported, start, stop, 0x10, 0, 0 };

/* ---- its name, for the shell's `drivers` ---- */

static EFI_STATUS EFIAPI driver_name(EFI_COMPONENT_NAME2_PROTOCOL *This, CHAR8 *lang, CHAR16 **name)
{
	(void)This;
	if (!lang || !name)
		return EFI_INVALID_PARAMETER;
	if (strncmp((const char *)lang, "en", 2))
		return EFI_UNSUPPORTED;
	*name = L"Tar archive file system (uefi-libc example)";
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI controller_name(EFI_COMPONENT_NAME2_PROTOCOL *This, EFI_HANDLE c, EFI_HANDLE child,
                                         CHAR8 *lang, CHAR16 **name)
{
	(void)This;
	(void)c;
	(void)child;
	(void)lang;
	(void)name;
	return EFI_UNSUPPORTED;
}

static EFI_COMPONENT_NAME2_PROTOCOL name2 = { driver_name, controller_name, (CHAR8 *)"en" };

/* ---- load and unload ---- */

static EFI_STATUS tarfs_unload(EFI_HANDLE image)
{
	while (volumes) {
		struct volume *v = volumes;
		EFI_STATUS s = bs()->DisconnectController(v->controller, image, 0);
		if (EFI_ERROR(s))
			return s;
		if (volumes == v)       /* Stop refused without saying so */
			return EFI_DEVICE_ERROR;
	}
	return bs()->UninstallMultipleProtocolInterfaces(image, &binding_guid, &binding, &name2_guid, &name2,
	                                                 (void *)0);
}

int main(void)
{
	EFI_HANDLE image = uefi_image_handle();
	binding.ImageHandle = image;
	binding.DriverBindingHandle = image;
	EFI_STATUS s = bs()->InstallMultipleProtocolInterfaces(&image, &binding_guid, &binding, &name2_guid, &name2,
	                                                       (void *)0);
	if (EFI_ERROR(s))
		return 1;
	uefi_driver_set_unload(tarfs_unload);
	return 0;
}
