#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

int ftruncate(int fd, off_t length)
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (length < 0 || d->kind != __FD_NODE || d->dir || (d->flags & O_ACCMODE) == O_RDONLY) {
		errno = EINVAL;
		return -1;
	}
	return __sys_fs_set_size(d->node, (uint64_t)length);
}
