#include <errno.h>
#include <unistd.h>
#include "../internal/file_impl.h"

/* A descriptor does not record the path it was opened by, so the current
 * directory cannot be moved to it: ENOSYS for a directory, ENOTDIR for
 * anything else (docs/posix.md). */
int fchdir(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return -1;
	errno = d->kind == __FD_NODE && d->dir ? ENOSYS : ENOTDIR;
	return -1;
}
