/* pathconf and fpathconf: FAT's limits, the same on every volume
 * (docs/posix.md). */
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

static long conf(int name)
{
	switch (name) {
	case _PC_LINK_MAX: return 1;            /* FAT has no hard links */
	case _PC_MAX_CANON:
	case _PC_MAX_INPUT: return 255;
	case _PC_NAME_MAX: return NAME_MAX;
	case _PC_PATH_MAX: return PATH_MAX;
	case _PC_PIPE_BUF: return PIPE_BUF;
	case _PC_CHOWN_RESTRICTED: return 1;
	case _PC_NO_TRUNC: return 1;            /* long names are refused, not cut */
	case _PC_VDISABLE: return _POSIX_VDISABLE;
	case _PC_FILESIZEBITS: return 33;       /* FAT32: files below 4 GiB */
	case _PC_SYMLINK_MAX: return -1;        /* no symbolic links; errno unchanged */
	case _PC_2_SYMLINKS: return 0;
	case _PC_SYNC_IO:
	case _PC_ASYNC_IO:
	case _PC_PRIO_IO: return -1;
	}
	errno = EINVAL;
	return -1;
}

long pathconf(const char *path, int name)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	return conf(name);
}

long fpathconf(int fd, int name)
{
	struct stat st;
	if (fstat(fd, &st))
		return -1;
	return conf(name);
}
