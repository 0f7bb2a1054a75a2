/* Setting a file's times: utimensat, futimens, utime and utimes all come
 * here.  The times go to the firmware as UTC civil times with no zone (FAT
 * stores none, and the library reads "no zone" as UTC).  FAT keeps
 * modification times in 2-second steps from 1980 to 2107 and access times
 * as a date: a time outside those years is EINVAL (docs/posix.md). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"
#include "../internal/time_impl.h"

static int civil(const struct timespec *ts, const struct timespec *now, struct __sys_wall *t)
{
	if (ts->tv_nsec == UTIME_NOW)
		ts = now;
	if (ts->tv_nsec < 0 || ts->tv_nsec > 999999999) {
		errno = EINVAL;
		return -1;
	}
	long long days = ts->tv_sec / 86400, secs = ts->tv_sec % 86400;
	if (secs < 0)
		secs += 86400, days--;
	long long y;
	int m, d;
	__civil_from_days(days, &y, &m, &d);
	if (y < 1980 || y > 2107) {
		errno = EINVAL;
		return -1;
	}
	*t = (struct __sys_wall){ .year = (int)y, .mon = m, .mday = d, .hour = (int)(secs / 3600),
	                          .min = (int)(secs / 60 % 60), .sec = (int)(secs % 60),
	                          .nsec = ts->tv_nsec };   /* no zone: UTC */
	return 0;
}

/* times NULL: both now.  Either may be UTIME_OMIT or UTIME_NOW. */
int __set_times(__sys_node *n, const struct timespec times[2])
{
	struct timespec now;
	if (__wall_now(&now))
		return -1;
	struct timespec both[2] = { { 0, UTIME_NOW }, { 0, UTIME_NOW } };
	if (!times)
		times = both;
	struct __sys_wall t[2], *p[2] = { 0, 0 };
	for (int i = 0; i < 2; i++) {
		if (times[i].tv_nsec == UTIME_OMIT)
			continue;
		if (civil(&times[i], &now, &t[i]))
			return -1;
		p[i] = &t[i];
	}
	if (!p[0] && !p[1])
		return 0;
	return __sys_fs_set_times(n, p[0], p[1]);
}

int futimens(int fd, const struct timespec times[2])
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (d->kind != __FD_NODE) {
		errno = EINVAL;
		return -1;
	}
	/* EDK2's FAT driver keeps times set through a handle open only for
	 * reading in its cache and never writes them: refuse rather than lose
	 * them (docs/posix.md). */
	if ((d->flags & O_ACCMODE) == O_RDONLY && !d->dir) {
		errno = EPERM;
		return -1;
	}
	return __set_times(d->node, times);
}

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	if (flags & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	/* Paths are taken from the current directory only. */
	if (dirfd != AT_FDCWD && path[0] != '/' && path[0] != '\\') {
		errno = EBADF;
		return -1;
	}
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	/* EDK2's FAT driver writes new times to the disk only through a handle
	 * open for writing; a directory or a read-only file opens for reading
	 * only (its times then last as long as the driver caches the entry). */
	__sys_node *n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ | __SYS_FS_WRITE, 0);
	if (!n && errno != ENOENT && errno != EINVAL)
		n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ, 0);
	if (!n) {
		if (errno == ENOENT || errno == EINVAL)
			errno = __path_missing_errno(p);
		free(p);
		return -1;
	}
	free(p);
	int r = __set_times(n, times);
	int e = errno;
	__sys_fs_close(n);
	errno = e;
	return r;
}
