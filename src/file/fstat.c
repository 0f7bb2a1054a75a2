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
		__dev_console_stat(st);
		return 0;
	}
	if (d->kind == __FD_OPS) {
		__dev_ops_stat(d->ops, st);
		return 0;
	}
	struct __sys_file_info info;
	if (__sys_fs_info(d->node, &info))
		return -1;
	__file_stat(st, d->vol, &info);
	return 0;
}
