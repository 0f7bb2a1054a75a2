#include <unistd.h>
#include "../internal/file_impl.h"

int dup(int fd)
{
	return __fd_dup(fd, 0, 0);
}
