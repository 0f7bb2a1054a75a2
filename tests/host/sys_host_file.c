/* The host's implementation of src/internal/sys_file.h: volumes are
 * directories fs0 and fs1 under a temporary directory, and nodes behave as
 * EFI_FILE_PROTOCOL does on EDK2's FAT driver (a missing directory on the
 * way is "not found", a read-only file refuses write access, a rename onto
 * an existing name is "access denied"), so that the portable layer's POSIX
 * answers are tested against the firmware's ways.  Knobs in sys_host.h. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "../../src/internal/sys_file.h"
#include "sys_host.h"
#include "sys_host_file.h"

int *ul___errno_location(void);
#define UL_ERRNO (*ul___errno_location())

char host_fs_base[256];
long host_fs_calls;
long host_fs_open_nodes;
long host_fs_flushes;
long long host_fs_quota = -1;
int host_fs_readonly_volume = -1;
int host_fs_start_vol;
char host_fs_start_path[256] = "/";

struct __sys_node {
	int fd;
	DIR *dir;
	int is_dir, writable, vol;
	uint64_t pos;
	struct __sys_node *next, *prev;
	char path[4200];
};
static struct __sys_node *open_list;

static int fail(int e)
{
	UL_ERRNO = e;
	return -1;
}

/* Every call but close may fail at the injector's call (sys_host.h), with
 * what the UEFI layer makes of the firmware's errors (docs/errno.md). */
static int enter_named(const char *fn)
{
	if (HOST_FAULT(fn, EIO, ENOSPC, EROFS, EACCES, ENOMEM, ENXIO, ENOENT))
		return -1;
	host_fs_calls++;
	if (!host_available)
		return fail(EIO);
	return 0;
}

void host_fs_setup(void)
{
	if (!host_fs_base[0]) {
		char t[] = "/tmp/ul-files-XXXXXX";
		if (!mkdtemp(t)) {
			perror("mkdtemp");
			exit(2);
		}
		snprintf(host_fs_base, sizeof host_fs_base, "%s", t);
	}
	char p[300];
	for (int i = 0; i < 2; i++) {
		snprintf(p, sizeof p, "%s/fs%d", host_fs_base, i);
		mkdir(p, 0755);
	}
}

void host_fs_cleanup(void)
{
	if (host_fs_base[0]) {
		char cmd[400];
		snprintf(cmd, sizeof cmd, "chmod -R u+w '%s' && rm -rf '%s'", host_fs_base, host_fs_base);
		if (system(cmd))
			fprintf(stderr, "cleanup of %s failed\n", host_fs_base);
	}
}

/* The host path of a volume path (UCS-2 with '\'). */
static int host_path(int vol, const uint16_t *w, char *out, size_t size)
{
	int n = snprintf(out, size, "%s/fs%d", host_fs_base, vol);
	for (size_t i = 0; w[i]; i++) {
		uint16_t c = w[i];
		if ((size_t)n + 4 >= size)
			return fail(ENAMETOOLONG);
		if (c == '\\')
			out[n++] = '/';
		else if (c < 0x80)
			out[n++] = (char)c;
		else if (c < 0x800) {
			out[n++] = (char)(0xC0 | c >> 6);
			out[n++] = (char)(0x80 | (c & 0x3F));
		} else {
			out[n++] = (char)(0xE0 | c >> 12);
			out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
			out[n++] = (char)(0x80 | (c & 0x3F));
		}
	}
	out[n] = 0;
	return 0;
}

int ul___sys_fs_volume(const char *name, size_t len)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (len == 3 && (name[0] == 'f' || name[0] == 'F') && (name[1] == 's' || name[1] == 'S') &&
	    (name[2] == '0' || name[2] == '1'))
		return name[2] - '0';
	return fail(ENOENT);
}

int ul___sys_fs_volume_name(int vol, char *buf, size_t size)
{
	if (vol < 0 || vol > 1)
		return fail(ENOENT);
	if (size < 4)
		return fail(ERANGE);
	snprintf(buf, size, "fs%d", vol);
	return 0;
}

int ul___sys_fs_start_dir(int *vol, char *path, size_t size)
{
	if (enter_named(__func__ + 9))
		return -1;
	*vol = host_fs_start_vol;
	snprintf(path, size, "%s", host_fs_start_path);
	return 0;
}

__sys_node *ul___sys_fs_open(int vol, const uint16_t *w, unsigned mode, unsigned attr)
{
	if (enter_named(__func__ + 9))
		return NULL;
	struct __sys_node *n = calloc(1, sizeof *n);
	if (host_path(vol, w, n->path, sizeof n->path)) {
		free(n);
		return NULL;
	}
	n->vol = vol;
	int wr = !!(mode & (__SYS_FS_WRITE | __SYS_FS_CREATE));
	struct stat st;
	if (stat(n->path, &st)) {
		if (!(mode & __SYS_FS_CREATE)) {
			free(n);
			fail(ENOENT);   /* EFI_NOT_FOUND, also for a file on the way */
			return NULL;
		}
		if (vol == host_fs_readonly_volume) {
			free(n);
			fail(EROFS);
			return NULL;
		}
		int r;
		if (attr & __SYS_FS_DIRECTORY) {
			r = mkdir(n->path, 0755);
		} else {
			int fd = open(n->path, O_CREAT | O_EXCL | O_WRONLY, 0644);
			r = fd < 0 ? -1 : close(fd);
		}
		if (r || stat(n->path, &st)) {
			free(n);
			fail(ENOENT);
			return NULL;
		}
	}
	if (wr && vol == host_fs_readonly_volume) {
		free(n);
		fail(EROFS);
		return NULL;
	}
	if (wr && !(st.st_mode & 0200)) {
		free(n);
		fail(EACCES);       /* EFI_ACCESS_DENIED: the read-only attribute */
		return NULL;
	}
	n->is_dir = S_ISDIR(st.st_mode);
	n->writable = wr;
	if (n->is_dir) {
		n->dir = opendir(n->path);
		n->fd = -1;
	} else {
		n->fd = open(n->path, wr ? O_RDWR : O_RDONLY);
	}
	if ((n->is_dir && !n->dir) || (!n->is_dir && n->fd < 0)) {
		int e = errno;
		free(n);
		fail(e);
		return NULL;
	}
	host_fs_open_nodes++;
	n->next = open_list;
	if (open_list)
		open_list->prev = n;
	open_list = n;
	return n;
}

static void release(__sys_node *n)
{
	if (n->prev)
		n->prev->next = n->next;
	else
		open_list = n->next;
	if (n->next)
		n->next->prev = n->prev;
	if (n->dir)
		closedir(n->dir);
	if (n->fd >= 0)
		close(n->fd);
	host_fs_open_nodes--;
	free(n);
}

void host_fs_release_all(void)
{
	while (open_list)
		release(open_list);
}

int ul___sys_fs_close(__sys_node *n)
{
	host_fs_calls++;   /* EFI_FILE_PROTOCOL.Close cannot fail */
	if (!host_available && fail(EIO))
		return -1;
	release(n);
	return 0;
}

int ul___sys_fs_delete(__sys_node *n)
{
	/* EFI_FILE_PROTOCOL.Delete closes the handle whatever happens (and
	 * src/uefi/fs.c relies on it): an injected failure does too. */
	if (host_available && HOST_FAULT("fs_delete", EIO, EROFS, EACCES, ENXIO)) {
		release(n);
		return -1;
	}
	host_fs_calls++;
	if (!host_available)
		return fail(EIO);
	int r = n->is_dir ? rmdir(n->path) : unlink(n->path);
	int e = errno;
	release(n);
	return r ? fail(e) : 0;
}

long long ul___sys_fs_read(__sys_node *n, void *buf, size_t len)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (n->is_dir)
		return fail(EINVAL);
	ssize_t k = pread(n->fd, buf, len, (off_t)n->pos);
	if (k < 0)
		return fail(EIO);
	n->pos += (uint64_t)k;
	return k;
}

long long ul___sys_fs_write(__sys_node *n, const void *buf, size_t len)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (!n->writable)
		return fail(EACCES);
	if (n->is_dir)
		return fail(EINVAL);
	size_t k = len;
	if (host_fs_quota >= 0) {
		/* A full volume takes nothing of a write that does not fit, as
		 * EDK2's FAT driver does when it cannot extend the file. */
		struct stat st;
		fstat(n->fd, &st);
		uint64_t end = n->pos + len;
		uint64_t grow = end > (uint64_t)st.st_size ? end - (uint64_t)st.st_size : 0;
		if (grow > (uint64_t)host_fs_quota)
			return fail(ENOSPC);
		host_fs_quota -= (long long)grow;
	}
	ssize_t w = pwrite(n->fd, buf, k, (off_t)n->pos);
	if (w < 0)
		return fail(EIO);
	n->pos += (uint64_t)w;
	return w;
}

int ul___sys_fs_seek(__sys_node *n, uint64_t pos)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (n->is_dir) {
		if (pos)
			return fail(EINVAL);
		rewinddir(n->dir);
		return 0;
	}
	if (pos == __SYS_FS_END) {
		struct stat st;
		fstat(n->fd, &st);
		pos = (uint64_t)st.st_size;
	}
	n->pos = pos;
	return 0;
}

int ul___sys_fs_tell(__sys_node *n, uint64_t *pos)
{
	if (enter_named(__func__ + 9))
		return -1;
	*pos = n->pos;
	return 0;
}

static void put_time(struct __sys_wall *t, time_t s)
{
	struct tm tm;
	gmtime_r(&s, &tm);
	*t = (struct __sys_wall){ .year = tm.tm_year + 1900, .mon = tm.tm_mon + 1, .mday = tm.tm_mday,
	                          .hour = tm.tm_hour, .min = tm.tm_min, .sec = tm.tm_sec };   /* no zone, as FAT */
}

static void fill(struct __sys_file_info *info, const struct stat *st)
{
	memset(info, 0, sizeof *info);
	info->size = S_ISDIR(st->st_mode) ? 0 : (uint64_t)st->st_size;
	info->physical_size = (uint64_t)st->st_blocks * 512;
	info->attr = (S_ISDIR(st->st_mode) ? __SYS_FS_DIRECTORY : __SYS_FS_ARCHIVE) |
	             (st->st_mode & 0200 ? 0 : __SYS_FS_READ_ONLY);
	put_time(&info->mtime, st->st_mtime);
	put_time(&info->atime, st->st_atime);
	put_time(&info->ctime, st->st_ctime);
}

int ul___sys_fs_info(__sys_node *n, struct __sys_file_info *info)
{
	if (enter_named(__func__ + 9))
		return -1;
	struct stat st;
	if (stat(n->path, &st))
		return fail(EIO);
	fill(info, &st);
	return 0;
}

int ul___sys_fs_set_size(__sys_node *n, uint64_t size)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (!n->writable || n->is_dir)
		return fail(EACCES);
	return ftruncate(n->fd, (off_t)size) ? fail(EIO) : 0;
}

int ul___sys_fs_rename(__sys_node *n, const uint16_t *w)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (!n->writable)
		return fail(EACCES);
	char to[4200];
	if (host_path(n->vol, w, to, sizeof to))
		return -1;
	struct stat st;
	/* Only a free name will do: no replacing, unlike rename(2). */
	if (!stat(to, &st) && strcasecmp(to, n->path))
		return fail(EACCES);
	if (rename(n->path, to))
		return fail(errno == ENOENT || errno == ENOTDIR ? ENOENT : EACCES);
	snprintf(n->path, sizeof n->path, "%s", to);
	return 0;
}

int ul___sys_fs_set_attr(__sys_node *n, unsigned attr)
{
	if (enter_named(__func__ + 9))
		return -1;
	return chmod(n->path, attr & __SYS_FS_READ_ONLY ? 0444 : 0644) ? fail(EIO) : 0;
}

int ul___sys_fs_flush(__sys_node *n)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (!n->writable)
		return fail(EACCES);
	host_fs_flushes++;
	return 0;
}

int ul___sys_fs_readdir(__sys_node *n, struct __sys_file_info *info)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (!n->is_dir)
		return fail(EINVAL);
	struct dirent *e = readdir(n->dir);
	if (!e)
		return 0;
	char p[4500];
	struct stat st;
	snprintf(p, sizeof p, "%s/%s", n->path, e->d_name);
	if (stat(p, &st))
		return fail(EIO);
	fill(info, &st);
	/* Names here are ASCII or two-byte UTF-8 (tests' choice). */
	size_t k = 0;
	for (const unsigned char *s = (const unsigned char *)e->d_name; *s && k < 255;) {
		if (*s < 0x80)
			info->name[k++] = *s++;
		else if ((*s & 0xE0) == 0xC0 && s[1])
			info->name[k++] = (uint16_t)((s[0] & 0x1F) << 6 | (s[1] & 0x3F)), s += 2;
		else
			info->name[k++] = (uint16_t)((s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F)), s += 3;
	}
	info->name[k] = 0;
	return 1;
}

int ul___sys_fs_rewind(__sys_node *n)
{
	return ul___sys_fs_seek(n, 0);
}

/* As EDK2's FAT driver: times are kept (to the second here). */
static time_t host_time(const struct __sys_wall *t)
{
	struct tm tm = { 0 };
	tm.tm_year = t->year - 1900;
	tm.tm_mon = t->mon - 1;
	tm.tm_mday = t->mday;
	tm.tm_hour = t->hour;
	tm.tm_min = t->min;
	tm.tm_sec = t->sec;
	return timegm(&tm) - (t->zone_known ? t->utcoff : 0);
}

int ul___sys_fs_set_times(__sys_node *n, const struct __sys_wall *atime, const struct __sys_wall *mtime)
{
	if (enter_named(__func__ + 9))
		return -1;
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 0, UTIME_OMIT } };
	if (atime)
		ts[0].tv_sec = host_time(atime), ts[0].tv_nsec = 0;
	if (mtime)
		ts[1].tv_sec = host_time(mtime), ts[1].tv_nsec = 0;
	return utimensat(AT_FDCWD, n->path, ts, 0) ? fail(EIO) : 0;
}

/* A volume of 1000 blocks of 4096 bytes, 600 free, read-only as the knob. */
int ul___sys_fs_space(int vol, struct __sys_fs_space *sp)
{
	if (enter_named(__func__ + 9))
		return -1;
	if (vol < 0 || vol > 1)
		return fail(ENOENT);
	sp->size = 1000 * 4096ull;
	sp->free = 600 * 4096ull;
	sp->block = 4096;
	sp->read_only = vol == host_fs_readonly_volume;
	return 0;
}
