#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>

int utimes(const char *path, const struct timeval times[2])
{
	if (!times)
		return utimensat(AT_FDCWD, path, 0, 0);
	struct timespec ts[2];
	for (int i = 0; i < 2; i++) {
		if (times[i].tv_usec < 0 || times[i].tv_usec > 999999) {
			errno = EINVAL;
			return -1;
		}
		ts[i].tv_sec = times[i].tv_sec;
		ts[i].tv_nsec = times[i].tv_usec * 1000L;
	}
	return utimensat(AT_FDCWD, path, ts, 0);
}
