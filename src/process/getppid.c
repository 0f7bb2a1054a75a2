#include <unistd.h>

/* Whoever started the program (the shell, the boot manager) is no POSIX
 * process: 0, the pid of no process. */
pid_t getppid(void)
{
	return 0;
}
