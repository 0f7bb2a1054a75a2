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
		uint32_t lip, rip;
		uint16_t lport, rport;
		if (__sys_tcp_names(s->tcp, &lip, &lport, &rip, &rport) == 0)
			__sock_addr_out(from, fromlen, rip, rport);
	}
	return n;
}
