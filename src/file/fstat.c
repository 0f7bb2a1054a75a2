#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

int fstat(int fd, struct stat *st)
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (d->kind == __FD_CONSOLE) {
		memset(st, 0, sizeof *st);
		st->st_mode = S_IFCHR | 0620;
		st->st_nlink = 1;
		return 0;
	}
	if (d->kind == __FD_SOCKET) {
		memset(st, 0, sizeof *st);
		st->st_mode = S_IFSOCK | 0777;
		st->st_nlink = 1;
		return 0;
	}
	struct __sys_file_info info;
	if (__sys_fs_info(d->node, &info))
		return -1;
	__file_stat(st, d->vol, &info);
	return 0;
}
