#include <errno.h>
#include <termios.h>

#include "../internal/sys.h"
#include "../internal/termios_impl.h"

/* What the console can do of the settings: ICANON, ECHO, ICRNL, VMIN and
 * VTIME change how input is read (src/uefi/console_in.c); the others are
 * kept and reported (docs/termios.md).  Output is written as it comes, so
 * TCSADRAIN has nothing to wait for; TCSAFLUSH drops unread input. */
int tcsetattr(int fd, int action, const struct termios *t)
{
	if (__termios_check(fd) < 0)
		return -1;
	if (action != TCSANOW && action != TCSADRAIN && action != TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	__termios_console = *t;
	unsigned mode = 0;
	if (t->c_lflag & ICANON)
		mode |= __SYS_CON_CANON;
	if (t->c_lflag & ECHO)
		mode |= __SYS_CON_ECHO;
	if (t->c_iflag & ICRNL)
		mode |= __SYS_CON_CRNL;
	__sys_console_mode(mode, t->c_cc[VMIN], t->c_cc[VTIME]);
	if (action == TCSAFLUSH)
		__sys_console_discard();
	return 0;
}
