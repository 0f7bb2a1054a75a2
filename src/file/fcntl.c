/* fcntl: duplicating descriptors, FD_CLOEXEC, the status flags of the open
 * file description, and record locks (one process: never contended). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>
#include "../internal/file_impl.h"

/* The status flags F_SETFL may change; the access mode and the creation
 * flags stay as open set them (POSIX). */
#define SETTABLE (O_APPEND | O_NONBLOCK)

static int lock(struct __fd *d, int cmd, struct flock *l)
{
	if (!l) {
		errno = EFAULT;
		return -1;
	}
	if ((l->l_type != F_RDLCK && l->l_type != F_WRLCK && l->l_type != F_UNLCK) ||
	    (l->l_whence != SEEK_SET && l->l_whence != SEEK_CUR && l->l_whence != SEEK_END)) {
		errno = EINVAL;
		return -1;
	}
	int acc = d->flags & O_ACCMODE;
	if (cmd != F_GETLK && ((l->l_type == F_RDLCK && acc == O_WRONLY) ||
	                       (l->l_type == F_WRLCK && acc == O_RDONLY))) {
		errno = EBADF;
		return -1;
	}
	/* The only process can hold any lock it asks for: nothing conflicts. */
	if (cmd == F_GETLK)
		l->l_type = F_UNLCK;
	return 0;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	/* Every command's argument is an int or a pointer; the pointer is
	 * read only by the lock commands. */
	int arg = 0;
	struct flock *fl = 0;
	if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW)
		fl = va_arg(ap, struct flock *);
	else if (cmd != F_GETFD && cmd != F_GETFL)
		arg = va_arg(ap, int);
	va_end(ap);

	struct __fd *d = __fd_get(fd);
	if (!d)
		return -1;
	switch (cmd) {
	case F_DUPFD:
		return __fd_dup(fd, arg, 0);
	case F_DUPFD_CLOEXEC:
		return __fd_dup(fd, arg, O_CLOEXEC);
	case F_GETFD:
		return __fd_getfd(fd);
	case F_SETFD:
		return __fd_setfd(fd, arg);
	case F_GETFL:
		return d->flags;
	case F_SETFL:
		d->flags = (d->flags & ~SETTABLE) | (arg & SETTABLE);
		return 0;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return lock(d, cmd, fl);
	}
	errno = EINVAL;
	return -1;
}
