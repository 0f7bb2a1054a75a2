/* read, write and lseek on descriptors. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

/* Some firmware fails large reads and writes: hand it at most 1 MiB. */
#define CHUNK ((size_t)1 << 20)

/* Once the platform is gone only a console with somewhere to write to
 * (uefi_console_after_exit) is still usable. */
static struct __fd *usable(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (d && !__sys_available() && !(d->kind == __FD_CONSOLE && __sys_console_after_exit(d->con))) {
		errno = EIO;
		return 0;
	}
	return d;
}

ssize_t __fd_read(int fd, void *buf, size_t n)
{
	struct __fd *d = usable(fd);
	if (!d)
		return -1;
	if ((d->flags & O_ACCMODE) == O_WRONLY) {
		errno = EBADF;
		return -1;
	}
	/* The console's input, also for /dev/tty opened O_RDWR (con 1). */
	if (d->kind == __FD_CONSOLE)
		return __sys_console_read(0, buf, n);
	if (d->kind == __FD_OPS)
		return d->ops->read(d, buf, n);
	if (d->dir) {
		errno = EISDIR;
		return -1;
	}
	size_t done = 0;
	while (done < n) {
		size_t k = n - done < CHUNK ? n - done : CHUNK;
		long long got = __sys_fs_read(d->node, (char *)buf + done, k);
		if (got < 0)
			return done ? (ssize_t)done : -1;
		done += (size_t)got;
		if ((size_t)got < k)
			break;
	}
	return (ssize_t)done;
}

/* On a full volume, smaller pieces may still fit in the space left in the
 * last cluster: write as much as fits, so that a partial count is exact. */
static long long write_some(__sys_node *node, const char *buf, size_t n)
{
	long long k = __sys_fs_write(node, buf, n);
	while (k <= 0 && errno == ENOSPC && n > 1) {
		n /= 2;
		k = __sys_fs_write(node, buf, n);
	}
	return k;
}

ssize_t __fd_write(int fd, const void *buf, size_t n)
{
	struct __fd *d = usable(fd);
	if (!d)
		return -1;
	if ((d->flags & O_ACCMODE) == O_RDONLY) {
		errno = EBADF;
		return -1;
	}
	if (d->kind == __FD_CONSOLE)
		return __sys_console_write(d->con, buf, n);
	if (d->kind == __FD_OPS)
		return d->ops->write(d, buf, n);
	if (!n)
		return 0;
	if ((d->flags & O_APPEND) && __sys_fs_seek(d->node, __SYS_FS_END))
		return -1;
	size_t done = 0;
	while (done < n) {
		size_t k = n - done < CHUNK ? n - done : CHUNK;
		long long put = write_some(d->node, (const char *)buf + done, k);
		if (put <= 0)
			return done ? (ssize_t)done : -1;
		done += (size_t)put;
	}
	return (ssize_t)done;
}

off_t __fd_lseek(int fd, off_t off, int whence)
{
	struct __fd *d = usable(fd);
	if (!d)
		return -1;
	if (d->kind == __FD_OPS && d->ops->seek)
		return d->ops->seek(d, off, whence);
	if (d->kind != __FD_NODE) {
		errno = ESPIPE;
		return -1;
	}
	uint64_t base = 0;
	if (whence == SEEK_CUR) {
		if (__sys_fs_tell(d->node, &base))
			return -1;
	} else if (whence == SEEK_END) {
		struct __sys_file_info info;
		if (__sys_fs_info(d->node, &info))
			return -1;
		base = info.size;
	} else if (whence != SEEK_SET) {
		errno = EINVAL;
		return -1;
	}
	long long pos;
	if (base > (uint64_t)INT64_MAX || __builtin_add_overflow((long long)base, off, &pos)) {
		errno = EOVERFLOW;
		return -1;
	}
	if (pos < 0) {
		errno = EINVAL;
		return -1;
	}
	/* A directory's position can only go back to its first entry. */
	if (d->dir) {
		if (pos) {
			errno = EINVAL;
			return -1;
		}
		return __sys_fs_rewind(d->node) ? -1 : 0;
	}
	return __sys_fs_seek(d->node, (uint64_t)pos) ? -1 : pos;
}
