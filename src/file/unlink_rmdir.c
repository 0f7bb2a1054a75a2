/* Removing files and directories: opened for writing, checked, then the
 * firmware's Delete (which also closes the node). */
#include <errno.h>
#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

static __sys_node *open_rw(const struct __path *p, struct __sys_file_info *info)
{
	__sys_node *n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ | __SYS_FS_WRITE, 0);
	if (!n) {
		int e = errno;
		if (e == ENOENT || e == EINVAL) {
			errno = __path_missing_errno(p);
			return 0;
		}
		/* Refused: a read-only file (EACCES), a read-only volume (EROFS),
		 * or trouble; say ENOENT/ENOTDIR first if that is the truth. */
		__sys_node *r = __path_open_read(p, info);
		if (r)
			__sys_fs_close(r);
		else if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		errno = e;
		return 0;
	}
	if (__sys_fs_info(n, info)) {
		int e = errno;
		__sys_fs_close(n);
		errno = e;
		return 0;
	}
	return n;
}

int __dir_nonempty(__sys_node *n)
{
	struct __sys_file_info *e = malloc(sizeof *e);
	if (!e)
		return -1;
	int r;
	while ((r = __sys_fs_readdir(n, e)) == 1) {
		const uint16_t *s = e->name;
		if (!(s[0] == '.' && (s[1] == 0 || (s[1] == '.' && s[2] == 0))))
			break;
	}
	free(e);
	return r;
}

static int remove_node(const char *path, int want_dir)
{
	/* /dev and its devices stay: EBUSY (in use by the system), or what
	 * the type says first (rmdir of a device, unlink of a directory). */
	int entry, dev = __dev_lookup(path, &entry);
	if (dev == __DEV_NODE && want_dir)
		dev = (errno = ENOTDIR, __DEV_ERROR);
	else if (dev == __DEV_DIR && !want_dir)
		dev = (errno = EISDIR, __DEV_ERROR);
	if (dev != __DEV_NOT)
		return __dev_refuse(dev, 0, EBUSY);
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	int r = -1;
	struct __sys_file_info info;
	if (__path_is_root(p)) {
		errno = want_dir ? EBUSY : EISDIR;
		goto out;
	}
	if (!want_dir && p->dir_only) {
		/* "file/" is not a file to unlink; "dir/" is a directory. */
		__sys_node *n = __path_open_read(p, &info);
		if (n) {
			__sys_fs_close(n);
			errno = EISDIR;
		}
		goto out;
	}
	__sys_node *n = open_rw(p, &info);
	if (!n) {
		if (errno == EACCES && !want_dir) {
			/* unlink of a directory is EISDIR even when it is read-only. */
			__sys_node *m = __path_open_read(p, &info);
			if (m) {
				__sys_fs_close(m);
				if (info.attr & __SYS_FS_DIRECTORY)
					errno = EISDIR;
				else
					errno = EACCES;
			}
		}
		goto out;
	}
	int is_dir = !!(info.attr & __SYS_FS_DIRECTORY);
	if (is_dir != want_dir) {
		__sys_fs_close(n);
		errno = want_dir ? ENOTDIR : EISDIR;
		goto out;
	}
	if (want_dir) {
		int ne = __dir_nonempty(n);
		if (ne) {
			__sys_fs_close(n);
			if (ne > 0)
				errno = ENOTEMPTY;
			goto out;
		}
	}
	r = __sys_fs_delete(n);
out:
	free(p);
	return r;
}

int __fd_unlink(const char *path)
{
	return remove_node(path, 0);
}

int __fd_rmdir(const char *path)
{
	return remove_node(path, 1);
}
