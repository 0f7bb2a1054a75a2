#include <fcntl.h>
#include <unistd.h>
#include "../internal/file_impl.h"

int truncate(const char *path, off_t length)
{
	int fd = __fd_open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	int r = ftruncate(fd, length);
	if (__fd_close(fd))
		r = -1;
	return r;
}
