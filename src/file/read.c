#include <unistd.h>
#include "../internal/file_impl.h"

ssize_t read(int fd, void *buf, size_t n)
{
	return __fd_read(fd, buf, n);
}
