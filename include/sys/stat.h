#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a FAT volume can tell (see docs/files.md): size, type, the
 * read-only attribute as permission bits, and three times in UTC. */
struct stat {
	dev_t st_dev;          /* volume number */
	ino_t st_ino;          /* 0: FAT has no inode numbers */
	mode_t st_mode;
	nlink_t st_nlink;      /* 1 */
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;    /* 512-byte units of the space allocated */
	time_t st_atime;
	time_t st_mtime;
	time_t st_ctime;       /* the creation time (FAT keeps no change time) */
	long st_atime_nsec, st_mtime_nsec, st_ctime_nsec;
};

#define S_IFMT   0170000
#define S_IFDIR  0040000
#define S_IFCHR  0020000
#define S_IFREG  0100000
#define S_IFSOCK 0140000
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISLNK(m) 0
#define S_ISFIFO(m) 0
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

int stat(const char *restrict path, struct stat *restrict st);
int lstat(const char *restrict path, struct stat *restrict st);
int fstat(int fd, struct stat *st);
int mkdir(const char *path, mode_t mode);
int chmod(const char *path, mode_t mode);

#ifdef __cplusplus
}
#endif

#endif
