#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* On a connected stream socket the address is ignored (Linux ignores it
 * too; POSIX allows EISCONN); unconnected: ENOTCONN. */
ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t tolen)
{
	(void)to;
	(void)tolen;
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (s->type == SOCK_DGRAM)
		return __sock_dgram_send(d, s, buf, len, flags, to, tolen);
	return __sock_send(d, s, buf, len, flags);
}
