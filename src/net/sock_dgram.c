/* Datagram (UDP) sockets: one datagram per send, one per receive, the
 * boundaries kept.  A receive into a buffer shorter than the datagram
 * returns what fits, discards the rest and sets MSG_TRUNC in msg_flags
 * (recvmsg); with MSG_TRUNC in flags it returns the datagram's real size,
 * as Linux does.  A connected socket sends to its peer and receives only
 * from it. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

int __sock_udp_open(struct __sock *s)
{
	if (!s->udp && !(s->udp = __sys_udp_new(s->family)))
		return -1;
	if (s->bound)
		return 0;
	/* An ephemeral port: another one while the stack says it is taken. */
	for (int i = 0; i < 32; i++) {
		struct __sys_addr a;
		memset(&a, 0, sizeof a);
		a.family = s->family;
		a.port = __sock_ephemeral_port();
		if (__sys_udp_bind(s->udp, &a, 0) == 0) {
			s->local = a;
			s->bound = 1;
			return 0;
		}
		if (errno != EADDRINUSE)
			return -1;
	}
	return -1;
}

static int nonblocking(const struct __fd *d, int flags)
{
	return (d->flags & O_NONBLOCK) || (flags & MSG_DONTWAIT);
}

ssize_t __sock_dgram_send(struct __fd *d, struct __sock *s, const void *buf, size_t len, int flags,
                          const struct sockaddr *to, socklen_t tolen)
{
	if (flags & ~(MSG_DONTWAIT | MSG_NOSIGNAL | MSG_EOR | MSG_DONTROUTE)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (s->shut_wr) {
		errno = EPIPE;
		return -1;
	}
	struct __sys_addr dst = s->peer;
	if (to) {
		if (__sock_addr_in(s, to, tolen, &dst, 1))
			return -1;
		if (!dst.port) {
			errno = EINVAL;
			return -1;
		}
	} else if (!s->connected) {
		errno = EDESTADDRREQ;
		return -1;
	}
	if (len > __SYS_UDP_MAX) {
		errno = EMSGSIZE;
		return -1;
	}
	if (__sock_udp_open(s))
		return -1;
	return (ssize_t)__sys_udp_send(s->udp, buf, len, &dst, nonblocking(d, flags) ? 0 : s->sndtimeo);
}

ssize_t __sock_dgram_recv(struct __fd *d, struct __sock *s, void *buf, size_t len, int flags,
                          struct sockaddr *from, socklen_t *fromlen, int *msg_flags)
{
	if (flags & ~(MSG_DONTWAIT | MSG_PEEK | MSG_TRUNC | MSG_WAITALL)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (msg_flags)
		*msg_flags = 0;
	if (s->shut_rd)
		return 0;
	/* Nothing bound yet: nobody can have sent here. */
	if (!s->bound && nonblocking(d, flags)) {
		errno = EAGAIN;
		return -1;
	}
	if (__sock_udp_open(s))
		return -1;
	for (;;) {
		size_t full = 0;
		struct __sys_addr src;
		int peek = !!(flags & MSG_PEEK);
		/* A datagram from someone else than the peer is dropped: peek
		 * first so that it is not copied for nothing. */
		long long n = __sys_udp_recv(s->udp, buf, len, nonblocking(d, flags) ? 0 : s->rcvtimeo,
		                             peek || s->connected, &full, &src);
		if (n < 0)
			return -1;
		if (s->connected && !__sock_addr_eq(&src, &s->peer)) {
			size_t f;
			__sys_udp_recv(s->udp, buf, 0, 0, 0, &f, &src);
			continue;
		}
		if (s->connected && !peek) {
			size_t f;
			struct __sys_addr a2;
			__sys_udp_recv(s->udp, buf, 0, 0, 0, &f, &a2);
		}
		if (from && fromlen)
			__sock_addr_out(from, fromlen, &src);
		if (full > (size_t)n && msg_flags)
			*msg_flags = MSG_TRUNC;
		return (flags & MSG_TRUNC) ? (ssize_t)full : (ssize_t)n;
	}
}
