/* The library's file functions and types (ul_ names), as the host build of
 * include/sys/stat.h and include/dirent.h lays them out. */
#ifndef TESTS_HOST_UL_FILE_H
#define TESTS_HOST_UL_FILE_H

#include <stddef.h>
#include <stdint.h>
#include "ul.h"

struct ul_stat {
	unsigned long long st_dev, st_ino;
	unsigned int st_mode, st_nlink, st_uid, st_gid;
	unsigned long long st_rdev;
	long long st_size, st_blksize, st_blocks;
	struct { long long sec; long nsec; } atim_, mtim_, ctim_;   /* st_atim ... (glibc's macros own st_atime) */
};
struct ul_dirent {
	unsigned long long d_ino;
	unsigned char d_type;
	unsigned int d_mode;
	long long d_size;
	long long d_mtime;
	char d_name[766];
};
typedef struct ul_DIR ul_DIR;
typedef struct { long long pos; } ul_fpos_t;

int ul_open(const char *path, int flags, ...);
int ul_close(int fd);
long long ul_read(int fd, void *buf, size_t n);
long long ul_write(int fd, const void *buf, size_t n);
long long ul_lseek(int fd, long long off, int whence);
int ul_unlink(const char *path);
int ul_rmdir(const char *path);
int ul_mkdir(const char *path, unsigned mode);
int ul_chmod(const char *path, unsigned mode);
int ul_stat(const char *path, struct ul_stat *st);
int ul_fstat(int fd, struct ul_stat *st);
int ul_access(const char *path, int mode);
int ul_ftruncate(int fd, long long len);
int ul_truncate(const char *path, long long len);
int ul_fsync(int fd);
int ul_chdir(const char *path);
char *ul_getcwd(char *buf, size_t size);
int ul_isatty(int fd);
ul_DIR *ul_opendir(const char *path);
struct ul_dirent *ul_readdir(ul_DIR *d);
int ul_closedir(ul_DIR *d);
void ul_rewinddir(ul_DIR *d);

/* <utime.h>, <sys/statvfs.h> */
struct ul_utimbuf { long long actime, modtime; };
int ul_utime(const char *path, const struct ul_utimbuf *t);
struct ul_statvfs {
	unsigned long f_bsize, f_frsize;
	unsigned long long f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail;
	unsigned long f_fsid, f_flag, f_namemax;
};
int ul_statvfs(const char *path, struct ul_statvfs *b);
int ul_fstatvfs(int fd, struct ul_statvfs *b);

ul_FILE *ul_fopen(const char *path, const char *mode);
ul_FILE *ul_freopen(const char *path, const char *mode, ul_FILE *f);
ul_FILE *ul_fdopen(int fd, const char *mode);
ul_FILE *ul_tmpfile(void);
int ul_fseek(ul_FILE *f, long off, int whence);
long ul_ftell(ul_FILE *f);
int ul_fseeko(ul_FILE *f, long long off, int whence);
long long ul_ftello(ul_FILE *f);
int ul_fgetpos(ul_FILE *f, ul_fpos_t *pos);
int ul_fsetpos(ul_FILE *f, const ul_fpos_t *pos);
void ul_rewind(ul_FILE *f);
int ul_remove(const char *path);
int ul_rename(const char *a, const char *b);

/* Internals tested directly. */
struct ul_path {
	int vol;
	int dir_only;
	size_t len;
	uint16_t w[4096];
};
int ul___path_resolve(const char *path, struct ul_path *p);
struct __sys_wall;   /* src/internal/sys_time.h */
long long ul___file_time(const struct __sys_wall *t);
void ul___fd_close_all(void);

#endif
