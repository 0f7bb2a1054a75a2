#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>

#include "../internal/sys.h"
#include "../internal/termios_impl.h"

/* The requests a program on this platform can mean: the console's window
 * size, and the descriptor's O_NONBLOCK and FD_CLOEXEC (as fcntl sets
 * them).  Any other request is ENOTTY, as Linux answers for a request the
 * descriptor's kind does not know; a bad descriptor is EBADF. */
int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	va_start(ap, request);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	int fl;
	switch (request) {
	case TIOCGWINSZ: {
		unsigned cols, rows;
		if (__termios_check(fd) < 0)
			return -1;
		if (!arg) {
			errno = EFAULT;
			return -1;
		}
		if (__sys_console_size(&cols, &rows) < 0)
			return -1;
		struct winsize *ws = arg;
		ws->ws_row = rows > 0xffff ? 0xffff : (unsigned short)rows;
		ws->ws_col = cols > 0xffff ? 0xffff : (unsigned short)cols;
		ws->ws_xpixel = 0;
		ws->ws_ypixel = 0;
		return 0;
	}
	case FIONBIO:
		if ((fl = fcntl(fd, F_GETFL)) < 0)
			return -1;
		if (!arg) {
			errno = EFAULT;
			return -1;
		}
		return fcntl(fd, F_SETFL, *(const int *)arg ? fl | O_NONBLOCK : fl & ~O_NONBLOCK) < 0 ? -1 : 0;
	case FIOCLEX:
	case FIONCLEX:
		if ((fl = fcntl(fd, F_GETFD)) < 0)
			return -1;
		return fcntl(fd, F_SETFD, request == FIOCLEX ? fl | FD_CLOEXEC : fl & ~FD_CLOEXEC) < 0 ? -1 : 0;
	default:
		if (fcntl(fd, F_GETFD) < 0)
			return -1;   /* EBADF */
		errno = ENOTTY;
		return -1;
	}
}
