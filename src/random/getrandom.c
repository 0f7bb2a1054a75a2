#include <errno.h>
#include <sys/random.h>
#include "../internal/random_impl.h"

/* The source never blocks and is the same for GRND_RANDOM: the whole
 * request is filled, in pieces of at most 32 MiB (Linux's cap per call). */
ssize_t getrandom(void *buf, size_t len, unsigned flags)
{
	if (flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) {
		errno = EINVAL;
		return -1;
	}
	if (len > 33554431)
		len = 33554431;
	if (__entropy(buf, len))
		return -1;
	return (ssize_t)len;
}
