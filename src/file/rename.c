/* rename over SetInfo(FileName): the firmware moves a node to a path from
 * the volume's root, but only to a name that is free, so an existing target
 * is removed first (POSIX replaces it; here that is two steps, not one). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

/* FAT compares names without case: ASCII and Latin-1 letters fold here. */
static uint16_t fold(uint16_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
		return (uint16_t)(c - 0x20);
	return c;
}

static int same_name(const struct __path *a, const struct __path *b)
{
	if (a->len != b->len)
		return 0;
	for (size_t i = 0; i < a->len; i++)
		if (fold(a->w[i]) != fold(b->w[i]))
			return 0;
	return 1;
}

/* Whether b lies inside directory a. */
static int inside(const struct __path *a, const struct __path *b)
{
	if (b->len <= a->len || b->w[a->len] != '\\')
		return 0;
	for (size_t i = 0; i < a->len; i++)
		if (fold(a->w[i]) != fold(b->w[i]))
			return 0;
	return 1;
}

static int keep_errno_close(__sys_node *n)
{
	int e = errno;
	if (n)
		__sys_fs_close(n);
	errno = e;
	return -1;
}

static int do_rename(const struct __path *from, const struct __path *to)
{
	struct __sys_file_info info, tinfo;
	if (from->vol != to->vol) {
		errno = EXDEV;
		return -1;
	}
	if (__path_is_root(from) || __path_is_root(to)) {
		errno = EBUSY;
		return -1;
	}
	__sys_node *src = __sys_fs_open(from->vol, from->w, __SYS_FS_READ | __SYS_FS_WRITE, 0);
	if (!src) {
		int e = errno;
		__sys_node *r = __path_open_read(from, &info);
		if (!r)
			return -1;
		__sys_fs_close(r);
		errno = e;
		return -1;
	}
	if (__sys_fs_info(src, &info))
		return keep_errno_close(src);
	int is_dir = !!(info.attr & __SYS_FS_DIRECTORY);
	if ((from->dir_only || to->dir_only) && !is_dir) {
		__sys_fs_close(src);
		errno = ENOTDIR;
		return -1;
	}
	if (is_dir && inside(from, to)) {
		__sys_fs_close(src);
		errno = EINVAL;
		return -1;
	}
	if (from->len == to->len && !memcmp(from->w, to->w, from->len * 2))
		return __sys_fs_close(src);

	__sys_node *dst = __sys_fs_open(to->vol, to->w, __SYS_FS_READ, 0);
	if (dst && same_name(from, to)) {
		/* The same node under another case.  FAT takes a new name that
		 * matches the old one as no change at all: go through another. */
		__sys_fs_close(dst);
		uint16_t tmp[__PATH_FAT_UNITS + 3];
		if (to->len + 2 > __PATH_FAT_UNITS) {
			__sys_fs_close(src);
			errno = ENAMETOOLONG;
			return -1;
		}
		memcpy(tmp, to->w, to->len * 2);
		tmp[to->len] = '~';
		tmp[to->len + 1] = '~';
		tmp[to->len + 2] = 0;
		if (__sys_fs_rename(src, tmp))
			return keep_errno_close(src);
		if (__sys_fs_rename(src, to->w)) {
			int e = errno;
			__sys_fs_rename(src, from->w);
			__sys_fs_close(src);
			errno = e;
			return -1;
		}
		return __sys_fs_close(src);
	} else if (dst) {
		if (__sys_fs_info(dst, &tinfo)) {
			keep_errno_close(dst);
			return keep_errno_close(src);
		}
		__sys_fs_close(dst);
		int t_dir = !!(tinfo.attr & __SYS_FS_DIRECTORY);
		if (t_dir != is_dir) {
			__sys_fs_close(src);
			errno = is_dir ? ENOTDIR : EISDIR;
			return -1;
		}
		dst = __sys_fs_open(to->vol, to->w, __SYS_FS_READ | __SYS_FS_WRITE, 0);
		if (!dst)
			return keep_errno_close(src);
		if (t_dir) {
			int ne = __dir_nonempty(dst);
			if (ne) {
				if (ne > 0)
					errno = ENOTEMPTY;
				keep_errno_close(dst);
				return keep_errno_close(src);
			}
		}
		if (__sys_fs_delete(dst))
			return keep_errno_close(src);
	} else if (errno == ENOENT || errno == EINVAL) {
		int e = __path_missing_errno(to);
		if (e != ENOENT) {
			__sys_fs_close(src);
			errno = e;
			return -1;
		}
	} else {
		return keep_errno_close(src);
	}
	if (__sys_fs_rename(src, to->w)) {
		int e = errno;
		if (e == ENOENT || e == EINVAL)
			e = __path_missing_errno(to);
		__sys_fs_close(src);
		errno = e;
		return -1;
	}
	return __sys_fs_close(src);
}

int rename(const char *oldpath, const char *newpath)
{
	/* /dev is another file system (EXDEV across, as Linux checks first);
	 * within it nothing moves: a missing source is ENOENT, else EBUSY. */
	int e1, e2, d1 = __dev_lookup(oldpath, &e1), d2 = __dev_lookup(newpath, &e2);
	if (d1 == __DEV_ERROR || d2 == __DEV_ERROR)
		return -1;
	if (d1 != __DEV_NOT || d2 != __DEV_NOT) {
		if (!__sys_available()) {
			errno = EIO;
			return -1;
		}
		errno = d1 == __DEV_NOT || d2 == __DEV_NOT ? EXDEV : d1 == __DEV_ABSENT ? ENOENT : EBUSY;
		return -1;
	}
	struct __path *from = __path_new(oldpath);
	if (!from)
		return -1;
	struct __path *to = __path_new(newpath);
	int r = -1;
	if (to)
		r = do_rename(from, to);
	free(from);
	free(to);
	return r;
}
