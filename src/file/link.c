#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

/* FAT allows one link per file (pathconf's _PC_LINK_MAX is 1): POSIX's
 * EMLINK, once both paths are checked (a missing old: ENOENT; an existing
 * new: EEXIST). */
int link(const char *old, const char *new_)
{
	struct stat st;
	if (stat(old, &st))
		return -1;
	if (stat(new_, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	if (errno != ENOENT)
		return -1;
	errno = S_ISDIR(st.st_mode) ? EPERM : EMLINK;
	return -1;
}
