/* /dev: the character devices Linux programs open by name.  A path whose
 * first character is a separator and whose names, "." and ".." folded as
 * every path is, start with "dev" names this directory, whatever the
 * volumes hold: the devices are descriptions of kind __FD_OPS, and no
 * firmware file is opened for them (docs/files.md). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/random_impl.h"
#include "../internal/sys.h"

/* Linux's numbers (Documentation/admin-guide/devices.txt), as glibc's
 * makedev makes them for majors and minors below 256. */
#define MKDEV(ma, mi) ((dev_t)((ma) << 8 | (mi)))
/* st_dev of /dev and its entries: Linux's devtmpfs is usually 0:5; the
 * volumes are 0, 1, 2... */
#define DEVFS MKDEV(0, 5)

static ssize_t eof_read(struct __fd *d, void *buf, size_t n)
{
	(void)d, (void)buf, (void)n;
	return 0;
}

static ssize_t zero_read(struct __fd *d, void *buf, size_t n)
{
	(void)d;
	memset(buf, 0, n);
	return (ssize_t)n;
}

/* The library's entropy chain, as getrandom: at most 32 MiB a call. */
static ssize_t random_read(struct __fd *d, void *buf, size_t n)
{
	(void)d;
	if (!n)
		return 0;
	if (n > 33554431)
		n = 33554431;
	return __entropy(buf, n) ? -1 : (ssize_t)n;
}

static ssize_t sink_write(struct __fd *d, const void *buf, size_t n)
{
	(void)d, (void)buf;
	return (ssize_t)n;
}

static ssize_t full_write(struct __fd *d, const void *buf, size_t n)
{
	(void)d, (void)buf;
	if (!n)
		return 0;
	errno = ENOSPC;
	return -1;
}

/* Linux's lseek on these devices sets the position to 0 and returns it. */
static off_t stay(struct __fd *d, off_t off, int whence)
{
	(void)d, (void)off;
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

static ssize_t dir_read(struct __fd *d, void *buf, size_t n)
{
	(void)d, (void)buf, (void)n;
	errno = EISDIR;
	return -1;
}

static off_t dir_seek(struct __fd *d, off_t off, int whence)
{
	if (whence != SEEK_SET || off != 0) {
		errno = EINVAL;
		return -1;
	}
	d->obj = 0;
	return 0;
}

#define DEVICE(r, w, rdev, ino) { r, w, 0, S_IFCHR | 0666, stay, DEVFS, rdev, ino }
static const struct __fd_ops null_ops = DEVICE(eof_read, sink_write, MKDEV(1, 3), 3);
static const struct __fd_ops zero_ops = DEVICE(zero_read, sink_write, MKDEV(1, 5), 5);
static const struct __fd_ops full_ops = DEVICE(zero_read, full_write, MKDEV(1, 7), 7);
static const struct __fd_ops random_ops = DEVICE(random_read, sink_write, MKDEV(1, 8), 8);
static const struct __fd_ops urandom_ops = DEVICE(random_read, sink_write, MKDEV(1, 9), 9);
const struct __fd_ops __dev_dir_ops = { dir_read, 0, 0, S_IFDIR | 0755, dir_seek, DEVFS, 0, 1 };

/* What each name is: a device above, or the console (a description of
 * kind __FD_CONSOLE, what isatty and termios know), or a standard
 * descriptor (Linux: a link to /proc/self/fd/N; opened, a duplicate). */
enum { DEV, CONSOLE, STDFD };
static const struct entry {
	const char *name;
	int kind;
	const struct __fd_ops *ops;    /* DEV */
	int fd;                        /* STDFD */
} entries[] = {
	{ "console", CONSOLE, 0, 0 },
	{ "full", DEV, &full_ops, 0 },
	{ "null", DEV, &null_ops, 0 },
	{ "random", DEV, &random_ops, 0 },
	{ "stderr", STDFD, 0, 2 },
	{ "stdin", STDFD, 0, 0 },
	{ "stdout", STDFD, 0, 1 },
	{ "tty", CONSOLE, 0, 0 },
	{ "urandom", DEV, &urandom_ops, 0 },
	{ "zero", DEV, &zero_ops, 0 },
};
#define NENTRIES (int)(sizeof entries / sizeof entries[0])

static int is_sep(char c)
{
	return c == '/' || c == '\\';
}

int __dev_lookup(const char *path, int *entry)
{
	if (!path || !is_sep(*path))
		return __DEV_NOT;
	/* The folded names: only the first two matter; deeper ones count. */
	const char *name[2] = { 0, 0 };
	size_t len[2] = { 0, 0 };
	int depth = 0, dir_only = 0;
	const char *s = path;
	while (*s) {
		while (is_sep(*s))
			s++;
		if (!*s) {
			dir_only = 1;
			break;
		}
		const char *e = s;
		while (*e && !is_sep(*e))
			e++;
		size_t k = (size_t)(e - s);
		dir_only = 0;
		if (k == 1 && s[0] == '.') {
		} else if (k == 2 && s[0] == '.' && s[1] == '.') {
			if (depth)
				depth--;
		} else {
			if (depth < 2) {
				name[depth] = s;
				len[depth] = k;
			}
			depth++;
		}
		s = e;
	}
	if (!depth || len[0] != 3 || memcmp(name[0], "dev", 3))
		return __DEV_NOT;
	if (depth == 1)
		return __DEV_DIR;
	int i = 0;
	while (i < NENTRIES && !(strlen(entries[i].name) == len[1] && !memcmp(entries[i].name, name[1], len[1])))
		i++;
	if (i == NENTRIES) {
		if (depth > 2) {
			errno = ENOENT;
			return __DEV_ERROR;
		}
		return __DEV_ABSENT;
	}
	if (depth > 2 || dir_only) {
		errno = ENOTDIR;
		return __DEV_ERROR;
	}
	*entry = i;
	return __DEV_NODE;
}

/* Like every path function, these fail with EIO once the platform is gone
 * (docs/files.md), though a device needs no firmware. */
static int gone(void)
{
	if (__sys_available())
		return 0;
	errno = EIO;
	return 1;
}

const char *__dev_entry_name(int entry)
{
	return entries[entry].name;
}

int __dev_open(int kind, int i, int flags)
{
	if ((flags & O_ACCMODE) == O_ACCMODE) {
		errno = EINVAL;
		return -1;
	}
	if (gone() || kind == __DEV_ERROR)
		return -1;
	int acc = flags & O_ACCMODE;
	if (kind == __DEV_ABSENT) {
		/* /dev holds only its devices: nothing is created there. */
		errno = flags & O_CREAT ? EACCES : ENOENT;
		return -1;
	}
	if ((flags & O_CREAT) && (flags & O_EXCL)) {
		errno = EEXIST;
		return -1;
	}
	if (kind == __DEV_DIR) {
		if (acc != O_RDONLY) {
			errno = EISDIR;
			return -1;
		}
	} else if (flags & O_DIRECTORY) {
		errno = ENOTDIR;
		return -1;
	}
	if (kind == __DEV_NODE && entries[i].kind == STDFD) {
		if (!__fd_get(entries[i].fd)) {
			errno = ENOENT;      /* as /proc/self/fd/N of a closed N */
			return -1;
		}
		return __fd_dup(entries[i].fd, 0, flags & O_CLOEXEC);
	}
	int fd = __fd_alloc();
	if (fd < 0)
		return -1;
	struct __fd *d = __fd_get(fd);
	d->flags = flags & (O_ACCMODE | O_APPEND | O_NONBLOCK);
	if (kind == __DEV_NODE && entries[i].kind == CONSOLE) {
		/* Reads come from the console's input whatever con says. */
		d->kind = __FD_CONSOLE;
		d->con = acc == O_RDONLY ? 0 : 1;
	} else {
		d->kind = __FD_OPS;
		d->ops = kind == __DEV_DIR ? &__dev_dir_ops : entries[i].ops;
	}
	if (flags & O_CLOEXEC)
		__fd_setfd(fd, FD_CLOEXEC);
	return fd;
}

/* stat of the console as fstat gives it for descriptors 0 to 2. */
void __dev_console_stat(struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFCHR | 0620;
	st->st_nlink = 1;
	st->st_dev = DEVFS;
	st->st_rdev = MKDEV(5, 1);
	st->st_ino = 2;
}

void __dev_ops_stat(const struct __fd_ops *ops, struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_mode = ops->mode;
	st->st_nlink = ops == &__dev_dir_ops ? 2 : 1;
	st->st_blksize = 4096;
	st->st_dev = ops->dev;
	st->st_rdev = ops->rdev;
	st->st_ino = ops->ino;
}

int __dev_stat(int kind, int i, struct stat *st)
{
	if (gone() || kind == __DEV_ERROR)
		return -1;
	if (kind == __DEV_ABSENT) {
		errno = ENOENT;
		return -1;
	}
	if (kind == __DEV_DIR) {
		__dev_ops_stat(&__dev_dir_ops, st);
		return 0;
	}
	if (entries[i].kind == STDFD)
		return fstat(entries[i].fd, st);
	if (entries[i].kind == CONSOLE) {
		__dev_console_stat(st);
		return 0;
	}
	__dev_ops_stat(entries[i].ops, st);
	return 0;
}

int __dev_access(int kind, int i, int mode)
{
	struct stat st;
	if (__dev_stat(kind, i, &st))
		return -1;
	/* Everything is the program's: the owner's bits decide. */
	if (((mode & R_OK) && !(st.st_mode & S_IRUSR)) || ((mode & W_OK) && !(st.st_mode & S_IWUSR)) ||
	    ((mode & X_OK) && !(st.st_mode & S_IXUSR)) || (kind == __DEV_DIR && (mode & W_OK))) {
		errno = EACCES;
		return -1;
	}
	return 0;
}

int __dev_readdir(struct __fd *d, struct dirent *e)
{
	uintptr_t k = (uintptr_t)d->obj;
	if (k >= (uintptr_t)NENTRIES + 2)
		return 0;
	d->obj = (void *)(k + 1);
	memset(e, 0, sizeof *e);
	if (k < 2) {
		/* "." and "..": /dev and the root of the current volume. */
		memcpy(e->d_name, "..", k + 1);
		e->d_type = DT_DIR;
		e->d_mode = S_IFDIR | 0755;
		e->d_ino = k ? 0 : __dev_dir_ops.ino;
		return 1;
	}
	const struct entry *en = &entries[k - 2];
	struct stat st;
	if (en->kind == STDFD) {
		/* What Linux lists: links to /proc/self/fd/N. */
		st.st_mode = S_IFLNK | 0777;
		st.st_ino = 0;
	} else {
		__dev_stat(__DEV_NODE, (int)(k - 2), &st);
	}
	strcpy(e->d_name, en->name);
	e->d_type = en->kind == STDFD ? DT_LNK : DT_CHR;
	e->d_mode = st.st_mode;
	e->d_ino = st.st_ino;
	return 1;
}

/* A path function that changes the file system, on a /dev path: -1 with
 * errno.  A missing name in /dev: ENOENT, or EACCES where it would be
 * created (the directory is not writable); /dev or a device: EEXIST where
 * it would be created, else exists (EBUSY, EPERM...). */
int __dev_refuse(int kind, int creates, int exists)
{
	if (gone() || kind == __DEV_ERROR)
		return -1;
	if (kind == __DEV_ABSENT)
		errno = creates ? EACCES : ENOENT;
	else
		errno = creates ? EEXIST : exists;
	return -1;
}
