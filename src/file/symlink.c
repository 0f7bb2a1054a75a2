#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

/* FAT has no symbolic links.  An existing path is EEXIST (POSIX); else
 * EPERM, what Linux reports for a file system that cannot hold one
 * (docs/posix.md). */
int symlink(const char *target, const char *path)
{
	struct stat st;
	(void)target;
	if (stat(path, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	if (errno != ENOENT)
		return -1;
	errno = EPERM;
	return -1;
}
