#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

/* The mode must not ask for more access than the descriptor has; "a" makes
 * the descriptor append, as glibc does. */
FILE *fdopen(int fd, const char *mode)
{
	int oflags;
	if (__stdio_fmode(mode, &oflags))
		return 0;
	struct __fd *d = __fd_get(fd);
	if (!d)
		return 0;
	int acc = oflags & O_ACCMODE, have = d->flags & O_ACCMODE;
	if ((acc != O_RDONLY && have == O_RDONLY) || (acc != O_WRONLY && have == O_WRONLY)) {
		errno = EINVAL;
		return 0;
	}
	FILE *f = __stdio_file_new(fd, acc | (oflags & O_APPEND));
	if (f && (oflags & O_APPEND))
		d->flags |= O_APPEND;
	return f;
}
