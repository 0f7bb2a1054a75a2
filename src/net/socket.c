/* socket(), and what read, write and close do on a socket descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include "../internal/sock_impl.h"
#include "../internal/sys.h"

static ssize_t sock_read(struct __fd *d, void *buf, size_t n)
{
	struct __sock *s = d->obj;
	if (s->type == SOCK_DGRAM)
		return __sock_dgram_recv(d, s, buf, n, 0, 0, 0, 0);
	return __sock_recv(d, s, buf, n, 0);
}

static ssize_t sock_write(struct __fd *d, const void *buf, size_t n)
{
	struct __sock *s = d->obj;
	if (s->type == SOCK_DGRAM)
		return __sock_dgram_send(d, s, buf, n, 0, 0, 0);
	return __sock_send(d, s, buf, n, 0);
}

static int sock_close(struct __fd *d)
{
	struct __sock *s = d->obj;
	int ok = __sys_available();
	if (s->tcp)
		__sys_tcp_close(s->tcp, s->linger_on && s->linger_s == 0);
	if (s->udp)
		__sys_udp_close(s->udp);
	free(s);
	if (!ok) {
		errno = EIO;
		return -1;
	}
	return 0;
}

/* Sockets are descriptions of kind __FD_OPS with these operations; exit's
 * close-all then ends the network through __fd_fini_hook. */
const struct __fd_ops __sock_ops = { .read = sock_read, .write = sock_write, .close = sock_close, .mode = S_IFSOCK | 0777 };

struct __sock *__sock_get(int fd, struct __fd **dp)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return 0;
	if (!__fd_is_sock(d)) {
		errno = ENOTSOCK;
		return 0;
	}
	if (!__sys_available()) {
		errno = EIO;
		return 0;
	}
	if (dp)
		*dp = d;
	return d->obj;
}

int __sock_fd(struct __sock *s, int nonblock, int cloexec)
{
	int fd = __fd_alloc();
	if (fd < 0) {
		free(s);
		return -1;
	}
	struct __fd *d = __fd_get(fd);
	d->kind = __FD_OPS;
	d->ops = &__sock_ops;
	d->obj = s;
	d->flags = O_RDWR | (nonblock ? O_NONBLOCK : 0);
	if (cloexec)
		__fd_setfd(fd, FD_CLOEXEC);
	__fd_fini_hook = __sys_net_fini;
	return fd;
}

void __sock_settle(struct __sock *s)
{
	if (!s->connecting)
		return;
	if (__sys_tcp_connected(s->tcp, 0) == 0) {
		s->connecting = 0;
		s->connected = 1;
	} else if (errno != EINPROGRESS) {
		s->connecting = 0;
		s->so_error = errno;
	}
}

int socket(int domain, int type, int protocol)
{
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	int nonblock = type & SOCK_NONBLOCK, cloexec = type & SOCK_CLOEXEC;
	type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (domain != AF_INET && domain != AF_INET6) {
		errno = EAFNOSUPPORT;
		return -1;
	}
	if (type != SOCK_STREAM && type != SOCK_DGRAM && type != SOCK_RAW && type != SOCK_SEQPACKET) {
		errno = EINVAL;
		return -1;
	}
	if (type != SOCK_STREAM && type != SOCK_DGRAM) {
		errno = ESOCKTNOSUPPORT;
		return -1;
	}
	int proto = type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
	if (protocol != 0 && protocol != proto) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	struct __sock *s = calloc(1, sizeof *s);
	if (!s)
		return -1;
	s->family = domain;
	s->type = type;
	s->protocol = proto;
	s->rcvtimeo = s->sndtimeo = -1;
	return __sock_fd(s, nonblock, cloexec);
}
