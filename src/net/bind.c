#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* Whether ip is one of the interface's addresses (bringing the network up
 * for the socket's family): 1, 0 (not one), or -1 with errno. */
static int own_address(const struct __sock *s, const struct __sys_addr *a)
{
	if (s->family == AF_INET) {
		struct __sys_net_info info;
		if (__sys_net_up() || __sys_net_get_info(&info))
			return -1;
		return !memcmp(a->ip, &info.addr, 4);
	}
	struct __sys_net_addr6 list[16];
	int n;
	if (__sys_net_up6() || (n = __sys_net_addrs6(list, 16)) < 0)
		return -1;
	for (int i = 0; i < n; i++)
		if (!memcmp(list[i].ip, a->ip, 16))
			return 1;
	return 0;
}

/* Records the local address; the platform takes it when the socket
 * connects or listens.  Port 0 picks an ephemeral port now, so that
 * getsockname tells it.  The address must be the unspecified one or the
 * interface's own (EADDRNOTAVAIL), which brings the network up. */
int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	struct __sys_addr a;
	if (__sock_addr_in(s, addr, len, &a, 0))
		return -1;
	if (s->bound || s->connected || s->connecting || s->listening) {
		errno = EINVAL;
		return -1;
	}
	int any = __sock_addr_any(&a);
	if (!any) {
		int own = own_address(s, &a);
		if (own < 0)
			return -1;
		if (!own) {
			errno = EADDRNOTAVAIL;
			return -1;
		}
	}
	if (!a.port)
		a.port = __sock_ephemeral_port();
	/* Another socket of this program bound there: EADDRINUSE unless both
	 * asked for SO_REUSEADDR and neither listens yet.  IPv4 and IPv6
	 * ports are apart (the firmware's stacks are). */
	for (int i = 0; i < 1024; i++) {
		struct __fd *o = __fd_get(i);
		if (!o || !__fd_is_sock(o) || o->obj == s)
			continue;
		struct __sock *t = o->obj;
		if (t->bound && t->family == s->family && t->local.port == a.port &&
		    (__sock_addr_any(&t->local) || any || !memcmp(t->local.ip, a.ip, 16)) &&
		    (!(t->reuseaddr && s->reuseaddr) || t->listening)) {
			errno = EADDRINUSE;
			return -1;
		}
	}
	if (s->type == SOCK_DGRAM) {
		if (!s->udp && !(s->udp = __sys_udp_new(s->family)))
			return -1;
		if (__sys_udp_bind(s->udp, &a, s->reuseaddr))
			return -1;
	}
	s->local = a;
	s->bound = 1;
	return 0;
}
