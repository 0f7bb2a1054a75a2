#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "../internal/stdio_impl.h"

/* A name "/tmp-NNNNNNNN.nam" in the root of the current volume that names
 * no file when asked (tmpfile's are ".tmp", so the two never collide).  As
 * everywhere, another program may create the file before this one does:
 * open it with O_EXCL or "x", or use tmpfile. */
char *tmpnam(char *s)
{
	static char internal[L_tmpnam];
	static unsigned serial;
	char name[18];
	_Static_assert(sizeof name <= L_tmpnam, "L_tmpnam holds the name");
	for (int tries = 0; tries < 1000; tries++) {
		__stdio_tmp_name(name, serial++ ^ 0x5bd1e995u, "nam");
		int e = errno;
		if (access(name, F_OK) == 0)
			continue;
		if (errno != ENOENT)
			return 0;      /* cannot tell (no volume, or after exit) */
		errno = e;
		char *out = s ? s : internal;
		memcpy(out, name, sizeof name);
		return out;
	}
	errno = EEXIST;
	return 0;
}
