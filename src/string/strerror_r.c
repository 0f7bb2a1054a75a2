#include <errno.h>
#include <string.h>
#include "../internal/strerror.h"

/* POSIX strerror_r, as glibc's __xpg_strerror_r: 0; or EINVAL for an
 * unknown code, the buffer then holding "Unknown error N" (truncated to
 * fit); or ERANGE when the text did not fit (it is truncated).  errno is
 * left alone. */
int strerror_r(int errnum, char *buf, size_t len)
{
	const char *m = __strerror_msg(errnum);
	if (!m) {
		__fmt_unknown(buf, len, "Unknown error ", errnum);
		return EINVAL;
	}
	size_t n = strlen(m);
	if (!len)
		return ERANGE;
	if (n >= len) {
		memcpy(buf, m, len - 1);
		buf[len - 1] = 0;
		return ERANGE;
	}
	memcpy(buf, m, n + 1);
	return 0;
}
