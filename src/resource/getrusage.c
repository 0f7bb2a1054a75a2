#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* The program's processor time (clock()) as its user time; there are no
 * children, no system time apart from it, no paging counted: zeros. */
int getrusage(int who, struct rusage *ru)
{
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	memset(ru, 0, sizeof *ru);
	if (who == RUSAGE_SELF) {
		clock_t c = clock();
		if (c != (clock_t)-1) {
			ru->ru_utime.tv_sec = (time_t)(c / CLOCKS_PER_SEC);
			ru->ru_utime.tv_usec = (suseconds_t)(c % CLOCKS_PER_SEC * 1000000 / CLOCKS_PER_SEC);
		}
	}
	return 0;
}
