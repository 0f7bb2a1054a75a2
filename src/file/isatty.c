#include <errno.h>
#include <unistd.h>
#include "../internal/file_impl.h"

int isatty(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return 0;
	if (d->kind != __FD_CONSOLE) {
		errno = ENOTTY;
		return 0;
	}
	return 1;
}
