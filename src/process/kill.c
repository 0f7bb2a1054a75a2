#include <errno.h>
#include <signal.h>
#include <unistd.h>

/* The only process is 1 (getpid): signalling it (or its group, 0 or -1)
 * is raise; any other pid names no process. */
int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= 32) {
		errno = EINVAL;
		return -1;
	}
	if (pid != 1 && pid != 0 && pid != -1) {
		errno = ESRCH;
		return -1;
	}
	return sig ? raise(sig) : 0;
}
