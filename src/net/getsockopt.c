#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include "../internal/sock_impl.h"

static int put(void *val, socklen_t *len, const void *v, size_t n)
{
	if (!val || !len) {
		errno = EFAULT;
		return -1;
	}
	if (*len < n && n == sizeof(int) && *len == 0) {
		errno = EINVAL;
		return -1;
	}
	memcpy(val, v, *len < n ? *len : n);
	*len = (socklen_t)(*len < n ? *len : n);
	return 0;
}

static int put_int(void *val, socklen_t *len, int v)
{
	return put(val, len, &v, sizeof v);
}

static int put_timeout(void *val, socklen_t *len, long long ms)
{
	struct timeval tv = { 0, 0 };
	if (ms > 0) {
		tv.tv_sec = ms / 1000;
		tv.tv_usec = (suseconds_t)(ms % 1000 * 1000);
	}
	return put(val, len, &tv, sizeof tv);
}

/* Buffer sizes: what was set, else the stack's default (EDK2: 64 KiB). */
#define DEFAULT_BUF 65536

int getsockopt(int fd, int level, int name, void *__restrict val, socklen_t *__restrict len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	if (level == SOL_SOCKET) {
		switch (name) {
		case SO_RCVTIMEO: return put_timeout(val, len, s->rcvtimeo);
		case SO_SNDTIMEO: return put_timeout(val, len, s->sndtimeo);
		case SO_REUSEADDR: return put_int(val, len, s->reuseaddr);
		case SO_KEEPALIVE: return put_int(val, len, s->opts.keepalive);
		case SO_RCVBUF: return put_int(val, len, s->opts.rcvbuf ? (int)s->opts.rcvbuf : DEFAULT_BUF);
		case SO_SNDBUF: return put_int(val, len, s->opts.sndbuf ? (int)s->opts.sndbuf : DEFAULT_BUF);
		case SO_TYPE: return put_int(val, len, s->type);
		case SO_DOMAIN: return put_int(val, len, s->family);
		case SO_PROTOCOL: return put_int(val, len, s->protocol);
		case SO_ACCEPTCONN: return put_int(val, len, s->listening);
		case SO_LINGER: {
			struct linger l = { s->linger_on, s->linger_s };
			return put(val, len, &l, sizeof l);
		}
		case SO_ERROR: {
			__sock_settle(s);
			int e = s->so_error;
			s->so_error = 0;
			return put_int(val, len, e);
		}
		default:
			errno = ENOPROTOOPT;
			return -1;
		}
	}
	if (level == IPPROTO_TCP && name == TCP_NODELAY)
		return put_int(val, len, s->opts.nodelay);
	if (level == IPPROTO_IPV6 && s->family == AF_INET6 && name == IPV6_V6ONLY)
		return put_int(val, len, 1);    /* always (setsockopt.c) */
	errno = ENOPROTOOPT;
	return -1;
}
