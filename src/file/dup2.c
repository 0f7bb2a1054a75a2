#include <unistd.h>
#include "../internal/file_impl.h"

/* POSIX: dup2(fd, fd) returns fd when it is open, and closes nothing. */
int dup2(int fd, int newfd)
{
	if (fd == newfd)
		return __fd_get(fd) ? fd : -1;
	return __fd_dup2(fd, newfd, 0);
}
