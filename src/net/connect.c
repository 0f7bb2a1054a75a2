#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <string.h>
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
	struct __sys_addr to;
	if (s->type == SOCK_DGRAM) {
		/* The default peer; AF_UNSPEC dissolves the association. */
		if (addr && len >= sizeof(sa_family_t) && addr->sa_family == AF_UNSPEC) {
			s->connected = 0;
			memset(&s->peer, 0, sizeof s->peer);
			return 0;
		}
		if (__sock_addr_in(s, addr, len, &to, 1))
			return -1;
		if (!to.port) {
			errno = EINVAL;
			return -1;
		}
		if (__sock_udp_open(s))
			return -1;
		s->peer = to;
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
	if (__sock_addr_in(s, addr, len, &to, 1))
		return -1;
	static const unsigned char bcast[4] = { 255, 255, 255, 255 };
	if (s->family == AF_INET && !memcmp(to.ip, bcast, 4)) {
		errno = ENETUNREACH;
		return -1;
	}
	if (__sock_addr_any(&to) || to.port == 0) {
		errno = ECONNREFUSED;
		return -1;
	}
	if (!s->tcp && !(s->tcp = __sys_tcp_new(s->family)))
		return -1;
	int nb = (d->flags & O_NONBLOCK) != 0;
	int r = __sys_tcp_connect(s->tcp, s->bound ? &s->local : 0, &to, &s->opts, nb ? 0 : s->sndtimeo);
	if (r == 0) {
		s->connected = 1;
		return 0;
	}
	if (errno == EINPROGRESS)
		s->connecting = 1;
	return -1;
}
