#include <unistd.h>
#include "../internal/file_impl.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	return __fd_write(fd, buf, n);
}
