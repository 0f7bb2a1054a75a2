#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"

/* FAT keeps one permission: a file without any write bit in mode becomes
 * read-only, one with a write bit writable; the other bits are not kept. */
int chmod(const char *path, mode_t mode)
{
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	int r = -1;
	__sys_node *n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ, 0);
	if (!n) {
		if (errno == ENOENT || errno == EINVAL)
			errno = __path_missing_errno(p);
	} else {
		struct __sys_file_info info;
		r = __sys_fs_info(n, &info);
		if (!r) {
			unsigned attr = info.attr & ~__SYS_FS_READ_ONLY;
			if (!(mode & 0222))
				attr |= __SYS_FS_READ_ONLY;
			r = __sys_fs_set_attr(n, attr);
		}
		int e = errno;
		__sys_fs_close(n);
		errno = e;
	}
	free(p);
	return r;
}
