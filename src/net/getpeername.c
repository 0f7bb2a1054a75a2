#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

int getpeername(int fd, struct sockaddr *__restrict addr, socklen_t *__restrict len)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	if (!s->connected) {
		errno = ENOTCONN;
		return -1;
	}
	if (!addr || !len) {
		errno = EFAULT;
		return -1;
	}
	if (s->type == SOCK_DGRAM) {
		__sock_addr_out(addr, len, &s->peer);
		return 0;
	}
	struct __sys_addr local, remote;
	if (__sys_tcp_names(s->tcp, &local, &remote))
		return -1;
	__sock_addr_out(addr, len, &remote);
	return 0;
}
