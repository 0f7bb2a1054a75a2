/* statvfs and fstatvfs from the volume's EFI_FILE_SYSTEM_INFO: blocks are
 * its clusters (BlockSize).  FAT keeps no count of files: f_files is the
 * clusters (each file takes at least one) and f_ffree the free ones.  No
 * set-user-ID bits exist: ST_NOSUID always; ST_RDONLY for a read-only
 * volume.  The console and pipes: an empty file system of 4096-byte blocks. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

static int fill(int vol, struct statvfs *b)
{
	struct __sys_fs_space sp;
	if (__sys_fs_space(vol, &sp))
		return -1;
	memset(b, 0, sizeof *b);
	b->f_bsize = b->f_frsize = sp.block;
	b->f_blocks = sp.size / sp.block;
	b->f_bfree = b->f_bavail = sp.free / sp.block;
	b->f_files = b->f_blocks;
	b->f_ffree = b->f_favail = b->f_bfree;
	b->f_fsid = (unsigned long)vol;
	b->f_flag = ST_NOSUID | (sp.read_only ? ST_RDONLY : 0);
	b->f_namemax = 255;
	return 0;
}

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	return fill((int)st.st_dev, buf);
}

int fstatvfs(int fd, struct statvfs *buf)
{
	struct __fd *d = __fd_live(fd);
	if (!d)
		return -1;
	if (d->kind != __FD_NODE) {
		/* the console, a pipe: an empty pseudo file system, as Linux
		 * reports for its pipes and terminals */
		memset(buf, 0, sizeof *buf);
		buf->f_bsize = buf->f_frsize = 4096;
		buf->f_flag = ST_NOSUID;
		buf->f_namemax = 255;
		return 0;
	}
	return fill(d->vol, buf);
}
