/* No process can be created: POSIX's fork fails with EAGAIN ("the
 * system lacked the necessary resources"), but a platform without
 * processes says ENOSYS, as wasi-libc does (docs/posix.md). */
#include <errno.h>
#include <unistd.h>

pid_t fork(void)
{
	errno = ENOSYS;
	return -1;
}

pid_t vfork(void)
{
	errno = ENOSYS;
	return -1;
}
