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
	FILE *f = calloc(1, sizeof *f);
	if (!f || __stdio_file_attach(f, fd, oflags)) {
		int e = errno;
		__fd_close(fd);
		free(f);
		errno = e;
		return 0;
	}
	__stdio_link(f);
	return f;
}
