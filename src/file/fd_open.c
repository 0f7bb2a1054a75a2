#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

static void close_keep_errno(__sys_node *n)
{
	int e = errno;
	__sys_fs_close(n);
	errno = e;
}

/* The firmware opens directories and files alike; POSIX's answers for the
 * type and the existence of the node are worked out here. */
static __sys_node *open_node(const struct __path *p, int flags, int *is_dir)
{
	int acc = flags & O_ACCMODE;
	unsigned mode = __SYS_FS_READ | (acc != O_RDONLY ? __SYS_FS_WRITE : 0);
	struct __sys_file_info info;
	__sys_node *n = __sys_fs_open(p->vol, p->w, mode, 0);
	if (!n) {
		int e = errno;
		if (e == ENOENT && (flags & O_CREAT)) {
			if (p->dir_only) {
				errno = EISDIR;
				return 0;
			}
			n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ | __SYS_FS_WRITE | __SYS_FS_CREATE, 0);
			if (!n) {
				if (errno == ENOENT || errno == EINVAL)
					errno = __path_missing_errno(p);
				return 0;
			}
			*is_dir = 0;
			return n;
		}
		if (e == ENOENT || e == EINVAL) {
			errno = __path_missing_errno(p);
			return 0;
		}
		/* Refused for writing: a directory says EISDIR, as POSIX wants. */
		if (mode & __SYS_FS_WRITE) {
			__sys_node *r = __path_open_read(p, &info);
			if (r) {
				__sys_fs_close(r);
				e = info.attr & __SYS_FS_DIRECTORY ? EISDIR : e;
			}
		}
		errno = e;
		return 0;
	}
	if ((flags & O_CREAT) && (flags & O_EXCL)) {
		__sys_fs_close(n);
		errno = EEXIST;
		return 0;
	}
	if (__sys_fs_info(n, &info)) {
		close_keep_errno(n);
		return 0;
	}
	*is_dir = !!(info.attr & __SYS_FS_DIRECTORY);
	if (*is_dir && acc != O_RDONLY) {
		__sys_fs_close(n);
		errno = EISDIR;
		return 0;
	}
	if (!*is_dir && (p->dir_only || (flags & O_DIRECTORY))) {
		__sys_fs_close(n);
		errno = ENOTDIR;
		return 0;
	}
	if ((flags & O_TRUNC) && acc != O_RDONLY && info.size && __sys_fs_set_size(n, 0)) {
		close_keep_errno(n);
		return 0;
	}
	return n;
}

int __fd_open(const char *path, int flags)
{
	if ((flags & O_ACCMODE) == O_ACCMODE) {
		errno = EINVAL;
		return -1;
	}
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT)
		return __dev_open(dev, entry, flags);
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	int fd = __fd_alloc();
	if (fd < 0) {
		free(p);
		return -1;
	}
	int is_dir = 0;
	__sys_node *n = open_node(p, flags, &is_dir);
	struct __fd *d = __fd_get(fd);
	if (!n) {
		int e = errno;
		__fd_discard(fd);
		errno = e;
		free(p);
		return -1;
	}
	d->node = n;
	d->dir = (unsigned char)is_dir;
	d->vol = p->vol;
	d->flags = flags & (O_ACCMODE | O_APPEND | O_NONBLOCK);
	if (flags & O_CLOEXEC)
		__fd_setfd(fd, FD_CLOEXEC);
	free(p);
	return fd;
}
