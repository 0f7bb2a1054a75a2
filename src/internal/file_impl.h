/* Files over the platform's volumes: descriptors, paths, and the helpers the
 * POSIX and C file functions share (src/file/, src/stdio/). */
#ifndef __INTERNAL_FILE_IMPL_H
#define __INTERNAL_FILE_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "sys_file.h"

/* Room for a path while it is resolved (".." may shorten it later). */
#define __PATH_UNITS 4096
/* The longest resolved path, in UCS-2 units from the leading '\': FAT
 * allows 260 for "X:\path" with its NUL, and EDK2's driver refuses more. */
#define __PATH_FAT_UNITS 256
/* FAT long names: at most 255 UCS-2 units. */
#define __NAME_UNITS 255

/* A resolved path: a volume and an absolute UCS-2 path on it. */
struct __path {
	int vol;
	int dir_only;          /* written with a trailing separator */
	size_t len;            /* units in w before the NUL; 1 for the root "\" */
	uint16_t w[__PATH_UNITS];
};

/* Resolves path (UTF-8; '/' or '\'; an optional "name:" volume prefix)
 * against the current directory, folding "." and "..", checking every name
 * against FAT's rules.  0, or -1 with errno (ENOENT for "" or an unknown
 * volume, EINVAL for a character FAT cannot hold or a name ending in '.' or
 * ' ', EILSEQ for bad UTF-8 or a character beyond the BMP, ENAMETOOLONG). */
int __path_resolve(const char *path, struct __path *p);
/* Allocates and resolves (NULL with errno on failure); free() the result. */
struct __path *__path_new(const char *path);
static inline int __path_is_root(const struct __path *p)
{
	return p->len == 1;
}
/* Checks one name (len bytes of UTF-8) and converts it to UCS-2 in out
 * (room for __NAME_UNITS): the unit count, or -1 with errno as above. */
int __path_name(const char *s, size_t len, uint16_t *out);
/* Why a path that could not be opened is missing: ENOTDIR when one of its
 * directories is a file, else ENOENT. */
int __path_missing_errno(const struct __path *p);
/* The current directory (initialised on first use): 0 or -1 with errno. */
int __cwd_get(int *vol, const uint16_t **w, size_t *len);
int __cwd_set(int vol, const uint16_t *w, size_t len);

/* Descriptors.  A descriptor is a slot of the table pointing to an open
 * file description (struct __fd); dup, dup2 and fcntl(F_DUPFD) make more
 * slots point to the same one, which then shares its position and status
 * flags, as POSIX says, and is closed when its last descriptor is. */
enum { __FD_FREE, __FD_CONSOLE, __FD_NODE, __FD_OPS };
struct __fd;
/* What a description of kind __FD_OPS (a pipe end...) does. */
struct __fd_ops {
	ssize_t (*read)(struct __fd *d, void *buf, size_t n);
	ssize_t (*write)(struct __fd *d, const void *buf, size_t n);
	int (*close)(struct __fd *d);       /* the last descriptor went */
	unsigned mode;                      /* st_mode for fstat (S_IFIFO...) */
	/* lseek: the new offset, or -1 with errno; NULL: ESPIPE. */
	off_t (*seek)(struct __fd *d, off_t off, int whence);
	dev_t dev, rdev;                    /* st_dev, st_rdev for fstat */
	ino_t ino;                          /* st_ino */
};
struct __fd {
	unsigned char kind;
	unsigned char dir;
	unsigned char delete_on_close;
	unsigned char con;      /* __FD_CONSOLE: the console stream, 0 to 2 */
	int flags;              /* status flags: O_ACCMODE bits, O_APPEND, O_NONBLOCK */
	int vol;
	int refs;               /* descriptors pointing here */
	__sys_node *node;
	const struct __fd_ops *ops;
	void *obj;              /* __FD_OPS: the ops' own state */
};
/* The descriptor's description, or NULL with EBADF. */
struct __fd *__fd_get(int fd);
/* __fd_get, and NULL with EIO once the platform is gone. */
struct __fd *__fd_live(int fd);
/* The lowest free descriptor with a new description (kind __FD_NODE, one
 * reference, every other field 0), or -1 with EMFILE/ENOMEM. */
int __fd_alloc(void);
/* Frees descriptor fd from __fd_alloc before anything was opened on it. */
void __fd_discard(int fd);
/* A new descriptor >= minfd on oldfd's description (flags: O_CLOEXEC sets
 * FD_CLOEXEC): the descriptor, or -1 with EBADF, EINVAL (minfd out of
 * range) or EMFILE. */
int __fd_dup(int oldfd, int minfd, int flags);
/* Makes newfd refer to oldfd's description, closing newfd first if open
 * (dup2/dup3): newfd or -1 with EBADF. */
int __fd_dup2(int oldfd, int newfd, int flags);
/* FD_CLOEXEC of descriptor fd: get (-1 with EBADF) and set. */
int __fd_getfd(int fd);
int __fd_setfd(int fd, int fdflags);
/* Run by __fd_close_all after every descriptor is closed, when set (the
 * socket layer sets it to end the network at exit). */
extern void (*__fd_fini_hook)(void);
/* Flushes every descriptor open for writing (sync). */
void __fd_sync_all(void);
/* The highest number a descriptor can have, plus one (OPEN_MAX). */
#define __FD_MAX 1024

int __fd_open(const char *path, int flags);
int __fd_close(int fd);
ssize_t __fd_read(int fd, void *buf, size_t n);
ssize_t __fd_write(int fd, const void *buf, size_t n);
off_t __fd_lseek(int fd, off_t off, int whence);
int __fd_unlink(const char *path);
int __fd_rmdir(const char *path);
/* Closes every descriptor (at exit).  Without the platform, only forgets them. */
void __fd_close_all(void);

/* /dev (src/file/dev.c).  What an absolute path names there:
 * __DEV_NOT: not a /dev path (a volume's); __DEV_DIR: /dev; __DEV_NODE: one
 * of its entries (*entry set); __DEV_ABSENT: a name /dev does not hold;
 * __DEV_ERROR: nothing, errno set (ENOTDIR below a device, ENOENT below a
 * missing name).  "." and ".." are folded first, as for every path. */
enum { __DEV_NOT, __DEV_DIR, __DEV_NODE, __DEV_ABSENT, __DEV_ERROR };
int __dev_lookup(const char *path, int *entry);
/* The name of an entry of /dev ("null"...). */
const char *__dev_entry_name(int entry);
/* open, stat and access of what __dev_lookup found: as their callers. */
int __dev_open(int kind, int entry, int flags);
struct stat;
int __dev_stat(int kind, int entry, struct stat *st);
int __dev_access(int kind, int entry, int mode);
/* -1 with the errno for changing what a /dev path names (see dev.c). */
int __dev_refuse(int kind, int creates, int exists);
/* The stat of the console descriptors and of __FD_OPS descriptions. */
void __dev_console_stat(struct stat *st);
void __dev_ops_stat(const struct __fd_ops *ops, struct stat *st);
/* The operations of the /dev directory's descriptor, and its next entry
 * for readdir: 1, or 0 after the last. */
extern const struct __fd_ops __dev_dir_ops;
struct dirent;
int __dev_readdir(struct __fd *d, struct dirent *e);

/* Opens p's node for a stat-like look: NULL with errno (refined). */
__sys_node *__path_open_read(const struct __path *p, struct __sys_file_info *info);
/* stat fields from what the platform reports. */
struct stat;
void __file_stat(struct stat *st, int vol, const struct __sys_file_info *info);
/* Seconds since the epoch (UTC) of a firmware time; 0 for "no time". */
long long __file_time(const struct __sys_wall *t);
/* Whether a directory node holds anything but "." and "..": 1, 0, or -1. */
int __dir_nonempty(__sys_node *n);

#endif
