#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* Records the local address; the platform takes it when the socket
 * connects or listens.  Port 0 picks an ephemeral port now, so that
 * getsockname tells it.  The address must be INADDR_ANY or the
 * interface's own (EADDRNOTAVAIL), which brings the network up. */
int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	uint32_t ip;
	uint16_t port;
	if (__sock_addr_in(addr, len, &ip, &port))
		return -1;
	if (s->bound || s->connected || s->connecting || s->listening) {
		errno = EINVAL;
		return -1;
	}
	if (ip) {
		struct __sys_net_info info;
		if (__sys_net_up() || __sys_net_get_info(&info))
			return -1;
		if (ip != info.addr) {
			errno = EADDRNOTAVAIL;
			return -1;
		}
	}
	if (!port)
		port = __sock_ephemeral_port();
	/* Another socket of this program bound there: EADDRINUSE unless both
	 * asked for SO_REUSEADDR and neither listens yet. */
	for (int i = 0; i < 1024; i++) {
		struct __fd *o = __fd_get(i);
		if (!o || !__fd_is_sock(o) || o->obj == s)
			continue;
		struct __sock *t = o->obj;
		if (t->bound && t->bind_port == port && (!t->bind_ip || !ip || t->bind_ip == ip) &&
		    (!(t->reuseaddr && s->reuseaddr) || t->listening)) {
			errno = EADDRINUSE;
			return -1;
		}
	}
	if (s->type == SOCK_DGRAM) {
		if (!s->udp && !(s->udp = __sys_udp_new()))
			return -1;
		if (__sys_udp_bind(s->udp, ip, port, s->reuseaddr))
			return -1;
	}
	s->bind_ip = ip;
	s->bind_port = port;
	s->bound = 1;
	return 0;
}
