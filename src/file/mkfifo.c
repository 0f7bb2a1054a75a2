#include <errno.h>
#include <sys/stat.h>

/* FAT cannot hold a FIFO: EPERM, what Linux reports for such a file system
 * (docs/posix.md); pipe() gives an in-program one. */
int mkfifo(const char *path, mode_t mode)
{
	(void)path, (void)mode;
	errno = EPERM;
	return -1;
}
