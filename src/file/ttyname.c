#include <errno.h>
#include <string.h>
#include <unistd.h>

/* The console is the only terminal: "/dev/console", which opens it
 * (src/file/dev.c). */
int ttyname_r(int fd, char *buf, size_t size)
{
	if (!isatty(fd))
		return errno;
	static const char name[] = "/dev/console";
	if (size < sizeof name)
		return ERANGE;
	memcpy(buf, name, sizeof name);
	return 0;
}

char *ttyname(int fd)
{
	static char buf[16];
	int e = ttyname_r(fd, buf, sizeof buf);
	if (e) {
		errno = e;
		return 0;
	}
	return buf;
}
