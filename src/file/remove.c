#include <errno.h>
#include <stdio.h>
#include "../internal/file_impl.h"

/* A file is unlinked, a directory removed if empty. */
int remove(const char *path)
{
	int r = __fd_unlink(path);
	if (r && errno == EISDIR)
		r = __fd_rmdir(path);
	return r;
}
