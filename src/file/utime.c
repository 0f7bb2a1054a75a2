#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

int utime(const char *path, const struct utimbuf *times)
{
	if (!times)
		return utimensat(AT_FDCWD, path, 0, 0);
	struct timespec ts[2] = { { times->actime, 0 }, { times->modtime, 0 } };
	return utimensat(AT_FDCWD, path, ts, 0);
}
