#include <termios.h>

#include "../internal/termios_impl.h"

int tcgetattr(int fd, struct termios *t)
{
	if (__termios_check(fd) < 0)
		return -1;
	*t = __termios_console;
	return 0;
}
