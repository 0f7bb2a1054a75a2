/* The exec family: a program cannot be replaced by another here (system()
 * runs one and comes back).  ENOSYS, after the checks POSIX orders first. */
#include <errno.h>
#include <stdarg.h>
#include <unistd.h>

static int nosys(const char *path)
{
	errno = !path ? EFAULT : !*path ? ENOENT : ENOSYS;
	return -1;
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	(void)argv, (void)envp;
	return nosys(path);
}

int execv(const char *path, char *const argv[])
{
	(void)argv;
	return nosys(path);
}

int execvp(const char *file, char *const argv[])
{
	(void)argv;
	return nosys(file);
}

int execl(const char *path, const char *arg, ...)
{
	(void)arg;
	return nosys(path);
}

int execle(const char *path, const char *arg, ...)
{
	(void)arg;
	return nosys(path);
}

int execlp(const char *file, const char *arg, ...)
{
	(void)arg;
	return nosys(file);
}
