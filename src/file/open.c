#include <fcntl.h>
#include "../internal/file_impl.h"

/* The mode of a new file is not kept: FAT knows only "read-only", and a
 * file created for writing must stay writable through this descriptor. */
int open(const char *path, int flags, ...)
{
	return __fd_open(path, flags);
}

int creat(const char *path, mode_t mode)
{
	(void)mode;
	return __fd_open(path, O_WRONLY | O_CREAT | O_TRUNC);
}
