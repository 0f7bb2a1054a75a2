/* fcntl: the descriptor flags (FD_CLOEXEC) and the status flags
 * (O_APPEND, O_NONBLOCK; the access mode is read-only), kept in the
 * descriptor's entry.  No firmware call: works after ExitBootServices. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include "../internal/file_impl.h"

int fcntl(int fd, int cmd, ...)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return -1;
	va_list ap;
	va_start(ap, cmd);
	int arg = 0;
	if (cmd == F_SETFD || cmd == F_SETFL)
		arg = va_arg(ap, int);
	va_end(ap);
	switch (cmd) {
	case F_GETFD:
		return d->cloexec ? FD_CLOEXEC : 0;
	case F_SETFD:
		d->cloexec = (arg & FD_CLOEXEC) != 0;
		return 0;
	case F_GETFL:
		return d->flags & (O_ACCMODE | O_APPEND | O_NONBLOCK);
	case F_SETFL:
		d->flags = (d->flags & O_ACCMODE) | (arg & (O_APPEND | O_NONBLOCK));
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}
