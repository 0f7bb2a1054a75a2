#include <errno.h>
#include <termios.h>

#include "../internal/termios_impl.h"

/* Console writes are complete when write returns: nothing to wait for. */
int tcdrain(int fd)
{
	return __termios_check(fd);
}

/* No flow control or break on the firmware's console: accepted. */
int tcflow(int fd, int action)
{
	if (__termios_check(fd) < 0)
		return -1;
	if (action < TCOOFF || action > TCION) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return __termios_check(fd);
}
