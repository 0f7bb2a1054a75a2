#include <errno.h>
#include <termios.h>

#include "../internal/sys.h"
#include "../internal/termios_impl.h"

/* Input not read yet is dropped; output has nothing pending (every write
 * reaches the console before it returns). */
int tcflush(int fd, int queue)
{
	if (__termios_check(fd) < 0)
		return -1;
	if (queue != TCIFLUSH && queue != TCOFLUSH && queue != TCIOFLUSH) {
		errno = EINVAL;
		return -1;
	}
	if (queue != TCOFLUSH)
		__sys_console_discard();
	return 0;
}
