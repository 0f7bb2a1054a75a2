#include <errno.h>
#include "../internal/stdio_impl.h"

int fileno(FILE *f)
{
	if (f->fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f->fd;
}
