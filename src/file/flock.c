#include <errno.h>
#include <sys/file.h>

#include "../internal/file_impl.h"

/* There is one process, and flock's locks are there to keep other
 * processes out: none exists, so a lock of a valid kind on an open
 * descriptor is always granted at once (LOCK_NB or not), and LOCK_UN
 * always succeeds.  Two descriptions of one file opened by this program
 * do not exclude each other (Linux would make the second LOCK_EX wait, or
 * fail with EWOULDBLOCK under LOCK_NB): docs/posix.md. */
int flock(int fd, int operation)
{
	if (!__fd_get(fd))
		return -1;   /* EBADF */
	switch (operation & ~LOCK_NB) {
	case LOCK_SH:
	case LOCK_EX:
	case LOCK_UN:
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}
