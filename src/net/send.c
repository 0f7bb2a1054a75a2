#include <sys/socket.h>
#include "../internal/sock_impl.h"

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (s->type == SOCK_DGRAM)
		return __sock_dgram_send(d, s, buf, len, flags, 0, 0);
	return __sock_send(d, s, buf, len, flags);
}
