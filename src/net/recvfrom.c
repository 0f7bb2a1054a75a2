#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* A stream socket's peer is fixed: the address is the peer's. */
ssize_t recvfrom(int fd, void *__restrict buf, size_t len, int flags, struct sockaddr *__restrict from,
                 socklen_t *__restrict fromlen)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (s->type == SOCK_DGRAM)
		return __sock_dgram_recv(d, s, buf, len, flags, from, fromlen, 0);
	ssize_t n = __sock_recv(d, s, buf, len, flags);
	if (n >= 0 && from && fromlen) {
		struct __sys_addr local, remote;
		if (__sys_tcp_names(s->tcp, &local, &remote) == 0)
			__sock_addr_out(from, fromlen, &remote);
	}
	return n;
}
