/* The descriptor table.  0, 1 and 2 start on the console; files,
 * directories and pipes take the lowest free number, as POSIX asks.  Each
 * slot points to an open file description (struct __fd), which dup and its
 * kin share.  The table starts static and moves to the heap when more than
 * 16 are open (at most __FD_MAX). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/exit.h"
#include "../internal/file_impl.h"
#include "../internal/sys.h"

struct slot {
	struct __fd *d;         /* NULL: free */
	int cloexec;            /* FD_CLOEXEC */
};

/* The console's descriptions: never freed, whatever their count says. */
static struct __fd console[3] = {
	{ .kind = __FD_CONSOLE, .con = 0, .flags = O_RDONLY, .refs = 1 },
	{ .kind = __FD_CONSOLE, .con = 1, .flags = O_WRONLY, .refs = 1 },
	{ .kind = __FD_CONSOLE, .con = 2, .flags = O_WRONLY, .refs = 1 },
};
static struct slot initial[16] = { { &console[0], 0 }, { &console[1], 0 }, { &console[2], 0 } };
static struct slot *table = initial;
static int table_size = 16;

struct __fd *__fd_get(int fd)
{
	if (fd < 0 || fd >= table_size || !table[fd].d) {
		errno = EBADF;
		return 0;
	}
	return table[fd].d;
}

struct __fd *__fd_live(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (d && !__sys_available()) {
		errno = EIO;
		return 0;
	}
	return d;
}

/* Makes the table hold descriptor fd (< __FD_MAX): 0, or -1 with ENOMEM. */
static int grow(int fd)
{
	if (fd < table_size)
		return 0;
	int size = table_size;
	while (size <= fd)
		size *= 2;
	if (size > __FD_MAX)
		size = __FD_MAX;
	struct slot *t = malloc((size_t)size * sizeof *t);
	if (!t)
		return -1;
	memcpy(t, table, (size_t)table_size * sizeof *t);
	memset(t + table_size, 0, (size_t)(size - table_size) * sizeof *t);
	if (table != initial)
		free(table);
	table = t;
	table_size = size;
	return 0;
}

/* The lowest free descriptor >= minfd, the table grown to hold it: -1 with
 * EMFILE when all are taken, ENOMEM when the table cannot grow. */
static int lowest_free(int minfd)
{
	int fd = minfd;
	while (fd < table_size && table[fd].d)
		fd++;
	if (fd >= __FD_MAX) {
		errno = EMFILE;
		return -1;
	}
	return grow(fd) ? -1 : fd;
}

static void release(struct __fd *d);

int __fd_alloc(void)
{
	int fd = lowest_free(0);
	if (fd < 0)
		return -1;
	struct __fd *d = calloc(1, sizeof *d);
	if (!d)
		return -1;
	d->kind = __FD_NODE;
	d->refs = 1;
	table[fd].d = d;
	table[fd].cloexec = 0;
	__fd_close_hook = __fd_close_all;     /* exit closes what is open */
	return fd;
}

void __fd_discard(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return;
	table[fd].d = 0;
	if (--d->refs == 0 && !(d >= console && d < console + 3))
		free(d);
}

int __fd_dup(int oldfd, int minfd, int flags)
{
	struct __fd *d = __fd_get(oldfd);
	if (!d)
		return -1;
	if (minfd < 0 || minfd >= __FD_MAX) {
		errno = EINVAL;
		return -1;
	}
	int fd = lowest_free(minfd);
	if (fd < 0)
		return -1;
	d->refs++;
	table[fd].d = d;
	table[fd].cloexec = !!(flags & O_CLOEXEC);
	__fd_close_hook = __fd_close_all;
	return fd;
}

int __fd_dup2(int oldfd, int newfd, int flags)
{
	struct __fd *d = __fd_get(oldfd);
	if (!d)
		return -1;
	if (newfd < 0 || newfd >= __FD_MAX) {
		errno = EBADF;
		return -1;
	}
	if (grow(newfd))
		return -1;
	struct __fd *old = table[newfd].d;
	d->refs++;
	table[newfd].d = d;
	table[newfd].cloexec = !!(flags & O_CLOEXEC);
	__fd_close_hook = __fd_close_all;
	/* POSIX: errors closing newfd's old description are not reported. */
	if (old) {
		int e = errno;
		release(old);
		errno = e;
	}
	return newfd;
}

int __fd_getfd(int fd)
{
	if (!__fd_get(fd))
		return -1;
	return table[fd].cloexec ? FD_CLOEXEC : 0;
}

int __fd_setfd(int fd, int fdflags)
{
	if (!__fd_get(fd))
		return -1;
	table[fd].cloexec = !!(fdflags & FD_CLOEXEC);
	return 0;
}

/* One reference to d went: the last closes what it holds. */
static void release_last(struct __fd *d, int *r)
{
	if (d->kind == __FD_OPS) {
		*r = d->ops->close ? d->ops->close(d) : 0;
	} else if (d->kind == __FD_NODE && d->node) {
		/* Without the platform the node cannot be closed (nor its cached
		 * data written): the descriptor is released all the same. */
		if (!__sys_available()) {
			errno = EIO;
			*r = -1;
		} else {
			*r = d->delete_on_close ? __sys_fs_delete(d->node) : __sys_fs_close(d->node);
		}
	}
}

static int release_r(struct __fd *d)
{
	int r = 0;
	if (--d->refs > 0 || (d >= console && d < console + 3))
		return 0;
	release_last(d, &r);
	int e = errno;
	free(d);
	errno = e;
	return r;
}

static void release(struct __fd *d)
{
	release_r(d);
}

int __fd_close(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return -1;
	table[fd].d = 0;
	return release_r(d);
}

void (*__fd_fini_hook)(void);

void __fd_close_all(void)
{
	for (int fd = 0; fd < table_size; fd++)
		if (table[fd].d && table[fd].d->kind != __FD_CONSOLE)
			__fd_close(fd);
	if (__fd_fini_hook)
		__fd_fini_hook();
}

void __fd_sync_all(void)
{
	if (!__sys_available())
		return;
	for (int fd = 0; fd < table_size; fd++) {
		struct __fd *d = table[fd].d;
		if (d && d->kind == __FD_NODE && d->node && !d->dir && (d->flags & O_ACCMODE) != O_RDONLY)
			__sys_fs_flush(d->node);
	}
}
