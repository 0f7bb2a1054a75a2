#include <string.h>
#include "../internal/strerror.h"

char *strerror(int errnum)
{
	static char unknown[32];
	const char *m = __strerror_msg(errnum);
	if (m)
		return (char *)m;
	__fmt_unknown(unknown, sizeof unknown, "Unknown error ", errnum);
	return unknown;
}
