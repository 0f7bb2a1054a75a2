#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

int getsockname(int fd, struct sockaddr *__restrict addr, socklen_t *__restrict len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	if (!addr || !len) {
		errno = EFAULT;
		return -1;
	}
	struct __sys_addr local = s->local, remote;
	if (!s->bound) {
		memset(&local, 0, sizeof local);
		local.family = s->family;
	}
	remote = s->peer;
	if (s->connected && s->tcp && __sys_tcp_names(s->tcp, &local, &remote))
		return -1;
	/* Bound to any address, connected: the address the stack sends from. */
	if (s->connected && __sock_addr_any(&local))
		__sock_source(&remote, &local);
	__sock_addr_out(addr, len, &local);
	return 0;
}
