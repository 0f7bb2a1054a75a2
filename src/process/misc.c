/* Process odds and ends with single-process answers (docs/posix.md). */
#include <errno.h>
#include <signal.h>
#include <unistd.h>

/* No timer delivers signals: alarm schedules nothing and says none was
 * pending. */
unsigned alarm(unsigned seconds)
{
	(void)seconds;
	return 0;
}

/* No signal can arrive from outside: pause would never return.  It fails
 * at once with EINTR, which is all it may ever return. */
int pause(void)
{
	errno = EINTR;
	return -1;
}

/* No scheduler priorities: the nice value stays 0. */
int nice(int inc)
{
	(void)inc;
	return 0;
}
