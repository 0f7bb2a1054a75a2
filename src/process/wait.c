/* No child process ever exists (system() waits for its command itself):
 * every wait fails with ECHILD, as POSIX says when there is none. */
#include <errno.h>
#include <sys/wait.h>

pid_t wait(int *status)
{
	(void)status;
	errno = ECHILD;
	return -1;
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	(void)pid, (void)status;
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) {
		errno = EINVAL;
		return -1;
	}
	errno = ECHILD;
	return -1;
}
