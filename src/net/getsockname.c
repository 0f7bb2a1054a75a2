#include <errno.h>
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
	uint32_t lip = s->bind_ip, rip;
	uint16_t lport = s->bind_port, rport;
	if (s->type == SOCK_DGRAM && s->connected && !lip) {
		struct __sys_net_info info;
		if (__sys_net_get_info(&info) == 0)
			lip = info.addr;
	}
	if (s->connected && s->tcp && __sys_tcp_names(s->tcp, &lip, &lport, &rip, &rport))
		return -1;
	__sock_addr_out(addr, len, lip, lport);
	return 0;
}
