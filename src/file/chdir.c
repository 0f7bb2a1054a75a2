#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "../internal/file_impl.h"

int chdir(const char *path)
{
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	struct __sys_file_info info;
	int r = -1;
	__sys_node *n = __path_open_read(p, &info);
	if (n) {
		__sys_fs_close(n);
		if (!(info.attr & __SYS_FS_DIRECTORY))
			errno = ENOTDIR;
		else
			r = __cwd_set(p->vol, p->w, p->len);
	}
	free(p);
	return r;
}
