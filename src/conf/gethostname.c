#include <errno.h>
#include <string.h>
#include <unistd.h>

/* A UEFI machine has no host name: "localhost", the name of every host to
 * itself (docs/posix.md).  Too small a buffer: ENAMETOOLONG, as glibc. */
int gethostname(char *name, size_t len)
{
	static const char host[] = "localhost";
	if (len < sizeof host) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, host, sizeof host);
	return 0;
}
