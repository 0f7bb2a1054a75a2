#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* Blocking: waits for the connection (SO_SNDTIMEO bounds it, then
 * ETIMEDOUT, as Linux does).  Non-blocking: EINPROGRESS, then EALREADY
 * while it is under way, and once it is done 0 (or EISCONN after that). */
int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	uint32_t ip;
	uint16_t port;
	if (s->type == SOCK_DGRAM) {
		/* The default peer; AF_UNSPEC dissolves the association. */
		if (addr && len >= sizeof(sa_family_t) && addr->sa_family == AF_UNSPEC) {
			s->connected = 0;
			s->peer_ip = 0;
			s->peer_port = 0;
			return 0;
		}
		if (__sock_addr_in(addr, len, &ip, &port))
			return -1;
		if (!port) {
			errno = EINVAL;
			return -1;
		}
		if (__sock_udp_open(s))
			return -1;
		s->peer_ip = ip;
		s->peer_port = port;
		s->connected = 1;
		return 0;
	}
	if (s->listening) {
		errno = EISCONN;
		return -1;
	}
	if (s->connecting) {
		int r = __sys_tcp_connected(s->tcp, (d->flags & O_NONBLOCK) ? 0 : s->sndtimeo);
		if (r == 0) {
			s->connecting = 0;
			s->connected = 1;
			return 0;
		}
		if (errno == EINPROGRESS) {
			errno = (d->flags & O_NONBLOCK) ? EALREADY : ETIMEDOUT;
			return -1;
		}
		s->connecting = 0;
		return -1;
	}
	if (s->connected) {
		errno = EISCONN;
		return -1;
	}
	if (__sock_addr_in(addr, len, &ip, &port))
		return -1;
	if (ip == 0 || ip == 0xffffffffu || port == 0) {
		errno = ip == 0xffffffffu ? ENETUNREACH : ECONNREFUSED;
		if (port == 0 && ip != 0xffffffffu)
			errno = ECONNREFUSED;
		return -1;
	}
	if (!s->tcp && !(s->tcp = __sys_tcp_new()))
		return -1;
	int nb = (d->flags & O_NONBLOCK) != 0;
	int r = __sys_tcp_connect(s->tcp, s->bound ? s->bind_ip : 0, s->bound ? s->bind_port : 0, ip, port,
	                          &s->opts, nb ? 0 : s->sndtimeo);
	if (r == 0) {
		s->connected = 1;
		return 0;
	}
	if (errno == EINPROGRESS)
		s->connecting = 1;
	return -1;
}
