#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

int listen(int fd, int backlog)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	if (s->type != SOCK_STREAM) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (s->connected || s->connecting) {
		errno = EINVAL;
		return -1;
	}
	if (s->listening)
		return 0;
	if (backlog <= 0)
		backlog = 1;
	if (backlog > SOMAXCONN)
		backlog = SOMAXCONN;
	if (!s->bound) {
		s->bind_ip = 0;
		s->bind_port = __sock_ephemeral_port();
		s->bound = 1;
	}
	if (!s->tcp && !(s->tcp = __sys_tcp_new()))
		return -1;
	if (__sys_tcp_listen(s->tcp, s->bind_ip, s->bind_port, backlog, &s->opts))
		return -1;
	s->listening = 1;
	return 0;
}
