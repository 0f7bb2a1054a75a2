#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "../internal/file_impl.h"

/* Everything is readable and searchable; W_OK fails with EACCES on a
 * read-only file (a read-only volume is found only by writing). */
int access(const char *path, int mode)
{
	if (mode & ~(R_OK | W_OK | X_OK)) {
		errno = EINVAL;
		return -1;
	}
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT)
		return __dev_access(dev, entry, mode);
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	struct __sys_file_info info;
	__sys_node *n = __path_open_read(p, &info);
	free(p);
	if (!n)
		return -1;
	__sys_fs_close(n);
	if ((mode & W_OK) && (info.attr & __SYS_FS_READ_ONLY)) {
		errno = EACCES;
		return -1;
	}
	return 0;
}
