/* send and receive on a stream socket, for send/recv/read/write and the
 * msg forms: blocking unless O_NONBLOCK or MSG_DONTWAIT, bounded by
 * SO_SNDTIMEO/SO_RCVTIMEO (then EAGAIN, or the count already moved). */
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

static int nonblocking(const struct __fd *d, int flags)
{
	return (d->flags & O_NONBLOCK) || (flags & MSG_DONTWAIT);
}

ssize_t __sock_send(struct __fd *d, struct __sock *s, const void *buf, size_t len, int flags)
{
	if (flags & ~(MSG_DONTWAIT | MSG_NOSIGNAL | MSG_EOR | MSG_OOB)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	int e = errno;
	__sock_settle(s);
	errno = e;
	if (s->shut_wr) {
		errno = EPIPE;
		return -1;
	}
	if (!s->connected) {
		errno = s->listening ? ENOTCONN : (s->connecting ? EAGAIN : ENOTCONN);
		return -1;
	}
	int nb = nonblocking(d, flags);
	size_t done = 0;
	do {
		long long n = __sys_tcp_send(s->tcp, (const char *)buf + done, len - done, nb ? 0 : s->sndtimeo);
		if (n < 0) {
			if (done)
				return (ssize_t)done;
			return -1;
		}
		done += (size_t)n;
	} while (done < len);
	return (ssize_t)done;
}

ssize_t __sock_recv(struct __fd *d, struct __sock *s, void *buf, size_t len, int flags)
{
	if (flags & ~(MSG_DONTWAIT | MSG_PEEK | MSG_WAITALL | MSG_NOSIGNAL)) {
		errno = EOPNOTSUPP;
		return -1;
	}
	int e = errno;
	__sock_settle(s);
	errno = e;
	if (!s->connected) {
		if (s->connecting && nonblocking(d, flags)) {
			errno = EAGAIN;
			return -1;
		}
		errno = ENOTCONN;
		return -1;
	}
	if (s->shut_rd)
		return 0;
	if (!len)
		return 0;
	int nb = nonblocking(d, flags);
	int all = (flags & MSG_WAITALL) && !(flags & MSG_PEEK) && !nb;
	size_t done = 0;
	do {
		long long n = __sys_tcp_recv(s->tcp, (char *)buf + done, len - done, nb ? 0 : s->rcvtimeo,
		                             !!(flags & MSG_PEEK));
		if (n < 0)
			return done ? (ssize_t)done : -1;
		if (n == 0)
			break;
		done += (size_t)n;
	} while (all && done < len);
	return (ssize_t)done;
}
