#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"

/* The mode is not kept: FAT directories have no permissions. */
int mkdir(const char *path, mode_t mode)
{
	(void)mode;
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT)
		return __dev_refuse(dev, 1, 0);
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	int r = -1;
	__sys_node *n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ, 0);
	if (n) {
		__sys_fs_close(n);
		errno = EEXIST;
	} else if (errno == ENOENT || errno == EINVAL) {
		n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ | __SYS_FS_WRITE | __SYS_FS_CREATE,
		                  __SYS_FS_DIRECTORY);
		if (n)
			r = __sys_fs_close(n);
		else if (errno == ENOENT || errno == EINVAL)
			errno = __path_missing_errno(p);
	}
	free(p);
	return r;
}
