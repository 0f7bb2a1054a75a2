/* Directory streams over directory descriptors. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"
#include "../internal/unicode.h"

struct __dirstream {
	int fd;
	struct dirent ent;
	struct __sys_file_info info;
};

DIR *fdopendir(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return 0;
	if ((d->kind != __FD_NODE || !d->dir) && !(d->kind == __FD_OPS && d->ops == &__dev_dir_ops)) {
		errno = ENOTDIR;
		return 0;
	}
	DIR *dir = calloc(1, sizeof *dir);
	if (dir)
		dir->fd = fd;
	return dir;
}

DIR *opendir(const char *path)
{
	int fd = __fd_open(path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return 0;
	DIR *dir = fdopendir(fd);
	if (!dir) {
		int e = errno;
		__fd_close(fd);
		errno = e;
	}
	return dir;
}

struct dirent *readdir(DIR *dir)
{
	struct __fd *d = __fd_get(dir->fd);
	if (!d)
		return 0;
	if (!__sys_available()) {
		errno = EIO;
		return 0;
	}
	if (d->kind == __FD_OPS)
		return __dev_readdir(d, &dir->ent) ? &dir->ent : 0;
	int r = __sys_fs_readdir(d->node, &dir->info);
	if (r <= 0)
		return 0;
	struct dirent *e = &dir->ent;
	const struct __sys_file_info *in = &dir->info;
	size_t n = 0;
	while (n < 255 && in->name[n])
		n++;
	e->d_name[__utf16_to_utf8(in->name, n, e->d_name)] = 0;
	e->d_ino = 0;
	int is_dir = !!(in->attr & __SYS_FS_DIRECTORY);
	e->d_type = is_dir ? DT_DIR : DT_REG;
	e->d_mode = is_dir ? 0040000 | (in->attr & __SYS_FS_READ_ONLY ? 0555 : 0755)
	                   : 0100000 | (in->attr & __SYS_FS_READ_ONLY ? 0444 : 0644);
	e->d_size = (off_t)in->size;
	e->d_mtime = __file_time(&in->mtime);
	return e;
}

void rewinddir(DIR *dir)
{
	struct __fd *d = __fd_get(dir->fd);
	if (d && d->kind == __FD_OPS)
		d->obj = 0;
	else if (d && __sys_available())
		__sys_fs_rewind(d->node);
}

int closedir(DIR *dir)
{
	int r = __fd_close(dir->fd);
	free(dir);
	return r;
}

int dirfd(DIR *dir)
{
	return dir->fd;
}
