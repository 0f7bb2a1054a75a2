#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

/* EFI_FILE_PROTOCOL.Flush: the firmware's cached data and directory entry
 * go to the medium. */
int fsync(int fd)
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (d->kind != __FD_NODE) {
		errno = EINVAL;
		return -1;
	}
	/* Nothing to write for a read-only descriptor, and the firmware
	 * refuses Flush on one (EFI_ACCESS_DENIED). */
	if ((d->flags & O_ACCMODE) == O_RDONLY)
		return 0;
	return __sys_fs_flush(d->node);
}

int fdatasync(int fd)
{
	return fsync(fd);
}
