#include <errno.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

/* As chmod: only FAT's read-only attribute is kept. */
int fchmod(int fd, mode_t mode)
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (d->kind != __FD_NODE) {
		errno = EINVAL;
		return -1;
	}
	struct __sys_file_info info;
	if (__sys_fs_info(d->node, &info))
		return -1;
	unsigned attr = info.attr & ~__SYS_FS_READ_ONLY;
	if (!(mode & 0222))
		attr |= __SYS_FS_READ_ONLY;
	return __sys_fs_set_attr(d->node, attr);
}
