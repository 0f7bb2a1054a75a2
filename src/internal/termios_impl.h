/* The console's terminal settings (src/termios/). */
#ifndef __INTERNAL_TERMIOS_IMPL_H
#define __INTERNAL_TERMIOS_IMPL_H

#include <termios.h>

/* One set for the console, whichever of its descriptors is asked. */
extern struct termios __termios_console;

/* 0 when fd is a console descriptor; else -1 with errno EBADF or ENOTTY. */
int __termios_check(int fd);

#endif
