#include <errno.h>
#include <termios.h>
#include <unistd.h>

#include "../internal/termios_impl.h"

/* What the console does before any tcsetattr: canonical input with echo,
 * Enter read as '\n', output with '\n' sent as CR LF; 115200 8N1 (what
 * OVMF's serial console runs at, for the programs that ask). */
struct termios __termios_console = {
	.c_iflag = ICRNL | IUTF8,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B115200 | CS8 | CREAD | CLOCAL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN,
	.c_cc = {
		[VINTR] = 3, [VQUIT] = 28, [VERASE] = 8, [VKILL] = 21, [VEOF] = 4, [VTIME] = 0, [VMIN] = 1,
		[VSTART] = 17, [VSTOP] = 19, [VSUSP] = 26, [VREPRINT] = 18, [VDISCARD] = 15, [VWERASE] = 23,
		[VLNEXT] = 22,
	},
	.c_ispeed = B115200,
	.c_ospeed = B115200,
};

int __termios_check(int fd)
{
	int e = errno;
	if (isatty(fd)) {
		errno = e;
		return 0;
	}
	/* isatty said EBADF or ENOTTY */
	return -1;
}
