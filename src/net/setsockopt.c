/* Socket options (docs/network.md).  Buffer sizes, TCP_NODELAY and
 * SO_KEEPALIVE are what the platform takes when the socket connects or
 * listens: set on a connected socket they are recorded (getsockopt reads
 * them back) and apply to the next connection, not this one. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include "../internal/sock_impl.h"

static int get_int(const void *val, socklen_t len, int *out)
{
	if (!val || len < sizeof(int)) {
		errno = EINVAL;
		return -1;
	}
	memcpy(out, val, sizeof *out);
	return 0;
}

static int get_timeout(const void *val, socklen_t len, long long *ms)
{
	struct timeval tv;
	if (!val || len < sizeof tv) {
		errno = EINVAL;
		return -1;
	}
	memcpy(&tv, val, sizeof tv);
	if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000) {
		errno = EDOM;
		return -1;
	}
	if (tv.tv_sec == 0 && tv.tv_usec == 0) {
		*ms = -1;
		return 0;
	}
	if (tv.tv_sec > LLONG_MAX / 1000 - 1) {
		*ms = -1;
		return 0;
	}
	/* A timeout shorter than a millisecond is still a timeout. */
	*ms = tv.tv_sec * 1000 + (tv.tv_usec + 999) / 1000;
	return 0;
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	int v;
	if (level == SOL_SOCKET) {
		switch (name) {
		case SO_RCVTIMEO:
			return get_timeout(val, len, &s->rcvtimeo);
		case SO_SNDTIMEO:
			return get_timeout(val, len, &s->sndtimeo);
		case SO_REUSEADDR:
			if (get_int(val, len, &v))
				return -1;
			s->reuseaddr = v != 0;
			return 0;
		case SO_KEEPALIVE:
			if (get_int(val, len, &v))
				return -1;
			s->opts.keepalive = v != 0;
			return 0;
		case SO_RCVBUF:
		case SO_SNDBUF:
			if (get_int(val, len, &v))
				return -1;
			/* The stack's bounds: at least 2 KiB, at most 4 MiB. */
			if (v < 2048)
				v = 2048;
			if (v > 4 << 20)
				v = 4 << 20;
			if (name == SO_RCVBUF)
				s->opts.rcvbuf = (uint32_t)v;
			else
				s->opts.sndbuf = (uint32_t)v;
			return 0;
		case SO_LINGER: {
			struct linger l;
			if (!val || len < sizeof l) {
				errno = EINVAL;
				return -1;
			}
			memcpy(&l, val, sizeof l);
			s->linger_on = l.l_onoff != 0;
			s->linger_s = l.l_linger < 0 ? 0 : l.l_linger;
			return 0;
		}
		case SO_TYPE:
		case SO_ERROR:
		case SO_ACCEPTCONN:
		case SO_DOMAIN:
		case SO_PROTOCOL:
			errno = ENOPROTOOPT;
			return -1;
		default:
			errno = ENOPROTOOPT;
			return -1;
		}
	}
	if (level == IPPROTO_TCP) {
		if (name != TCP_NODELAY) {
			errno = ENOPROTOOPT;
			return -1;
		}
		if (get_int(val, len, &v))
			return -1;
		s->opts.nodelay = v != 0;
		return 0;
	}
	if (level == IPPROTO_IPV6 && s->family == AF_INET6 && name == IPV6_V6ONLY) {
		/* The firmware's IPv6 stack carries IPv6 only: an IPv6 socket
		 * is always V6ONLY, and asking for IPv4-mapped traffic is
		 * refused rather than silently ignored. */
		if (get_int(val, len, &v))
			return -1;
		if (!v) {
			errno = EINVAL;
			return -1;
		}
		return 0;
	}
	errno = ENOPROTOOPT;
	return -1;
}
