#include <unistd.h>
#include "../internal/file_impl.h"

off_t lseek(int fd, off_t off, int whence)
{
	return __fd_lseek(fd, off, whence);
}
