#include <errno.h>
#include <string.h>
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
		memset(&s->local, 0, sizeof s->local);
		s->local.family = s->family;
		s->local.port = __sock_ephemeral_port();
		s->bound = 1;
	}
	if (!s->tcp && !(s->tcp = __sys_tcp_new(s->family)))
		return -1;
	if (__sys_tcp_listen(s->tcp, &s->local, backlog, &s->opts))
		return -1;
	s->listening = 1;
	return 0;
}
