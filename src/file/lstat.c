#include <sys/stat.h>

/* FAT has no symbolic links. */
int lstat(const char *restrict path, struct stat *restrict st)
{
	return stat(path, st);
}
