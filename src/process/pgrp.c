/* Process groups and sessions: the one process leads its own group and
 * session (pid 1); there is nothing to move. */
#include <errno.h>
#include <unistd.h>

pid_t getpgrp(void)
{
	return 1;
}

pid_t getpgid(pid_t pid)
{
	if (pid != 0 && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	return 1;
}

pid_t getsid(pid_t pid)
{
	return getpgid(pid);
}

/* Already a group leader: POSIX's EPERM. */
pid_t setsid(void)
{
	errno = EPERM;
	return -1;
}

int setpgid(pid_t pid, pid_t pgid)
{
	if (pid != 0 && pid != 1) {
		errno = ESRCH;
		return -1;
	}
	if (pgid < 0) {
		errno = EINVAL;
		return -1;
	}
	if (pgid != 0 && pgid != 1) {
		errno = EPERM;
		return -1;
	}
	return 0;
}
