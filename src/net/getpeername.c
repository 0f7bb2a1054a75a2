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
		__sock_addr_out(addr, len, s->peer_ip, s->peer_port);
		return 0;
	}
	uint32_t lip, rip;
	uint16_t lport, rport;
	if (__sys_tcp_names(s->tcp, &lip, &lport, &rip, &rport))
		return -1;
	__sock_addr_out(addr, len, rip, rport);
	return 0;
}
