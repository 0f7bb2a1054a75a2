#include <unistd.h>
#include "../internal/file_impl.h"

int close(int fd)
{
	return __fd_close(fd);
}
