#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

int accept(int fd, struct sockaddr *__restrict addr, socklen_t *__restrict len)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (s->type != SOCK_STREAM) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (!s->listening) {
		errno = EINVAL;
		return -1;
	}
	if (addr && !len) {
		errno = EFAULT;
		return -1;
	}
	__sys_tcp *t = __sys_tcp_accept(s->tcp, (d->flags & O_NONBLOCK) ? 0 : s->rcvtimeo);
	if (!t)
		return -1;
	struct __sock *n = calloc(1, sizeof *n);
	if (!n) {
		__sys_tcp_close(t, 1);
		return -1;
	}
	*n = *s;
	n->tcp = t;
	n->listening = 0;
	n->connected = 1;
	n->so_error = 0;
	struct __sys_addr remote;
	__sys_tcp_names(t, &n->local, &remote);
	int nfd = __sock_fd(n, 0, 0);
	if (nfd < 0) {
		__sys_tcp_close(t, 1);
		return -1;
	}
	if (addr)
		__sock_addr_out(addr, len, &remote);
	return nfd;
}
