#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"

void __file_stat(struct stat *st, int vol, const struct __sys_file_info *info)
{
	memset(st, 0, sizeof *st);
	st->st_dev = (dev_t)vol;
	st->st_nlink = 1;
	st->st_size = (off_t)info->size;
	st->st_blksize = 4096;
	st->st_blocks = (blkcnt_t)((info->physical_size + 511) / 512);
	if (info->attr & __SYS_FS_DIRECTORY)
		st->st_mode = S_IFDIR | 0755;
	else
		st->st_mode = S_IFREG | (info->attr & __SYS_FS_READ_ONLY ? 0444 : 0644);
	if ((info->attr & __SYS_FS_DIRECTORY) && (info->attr & __SYS_FS_READ_ONLY))
		st->st_mode = S_IFDIR | 0555;
	st->st_mtime = __file_time(&info->mtime);
	st->st_atime = __file_time(&info->atime);
	st->st_ctime = __file_time(&info->ctime);
	st->st_mtime_nsec = st->st_mtime ? info->mtime.nsec : 0;
	st->st_atime_nsec = st->st_atime ? info->atime.nsec : 0;
	st->st_ctime_nsec = st->st_ctime ? info->ctime.nsec : 0;
}

int stat(const char *restrict path, struct stat *restrict st)
{
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT)
		return __dev_stat(dev, entry, st);
	struct __path *p = __path_new(path);
	if (!p)
		return -1;
	struct __sys_file_info info;
	__sys_node *n = __path_open_read(p, &info);
	int r = -1;
	if (n) {
		__sys_fs_close(n);
		__file_stat(st, p->vol, &info);
		r = 0;
	}
	free(p);
	return r;
}
