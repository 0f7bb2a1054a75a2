#include <errno.h>
#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags;
	if (__stdio_fmode(mode, &oflags))
		return 0;
	int fd = __fd_open(path, oflags);
	if (fd < 0)
		return 0;
	FILE *f = __stdio_file_new(fd, oflags);
	if (!f) {
		__fd_close(fd);
		errno = ENOMEM;
	}
	return f;
}
