#include <errno.h>
#include <unistd.h>
#include "../internal/random_impl.h"

/* POSIX.1-2024: at most GETENTROPY_MAX (256) bytes, else EINVAL. */
int getentropy(void *buf, size_t len)
{
	if (len > 256) {
		errno = EINVAL;
		return -1;
	}
	return __entropy(buf, len);
}
