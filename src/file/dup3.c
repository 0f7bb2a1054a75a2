#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "../internal/file_impl.h"

/* As Linux's: the same descriptor twice, or a flag other than O_CLOEXEC,
 * is EINVAL. */
int dup3(int fd, int newfd, int flags)
{
	if (fd == newfd || (flags & ~O_CLOEXEC)) {
		errno = EINVAL;
		return -1;
	}
	return __fd_dup2(fd, newfd, flags);
}
