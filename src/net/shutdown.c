#include <errno.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* SHUT_WR sends FIN after the data already sent, and reading goes on;
 * SHUT_RD makes later reads return 0 (end of stream). */
int shutdown(int fd, int how)
{
	struct __sock *s = __sock_get(fd, 0);
	if (!s)
		return -1;
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
		errno = EINVAL;
		return -1;
	}
	if (!s->connected) {
		errno = ENOTCONN;
		return -1;
	}
	if (s->type == SOCK_DGRAM) {
		s->shut_wr |= how != SHUT_RD;
		s->shut_rd |= how != SHUT_WR;
		return 0;
	}
	if (how != SHUT_RD && !s->shut_wr) {
		if (__sys_tcp_shutdown(s->tcp))
			return -1;
		s->shut_wr = 1;
	}
	if (how != SHUT_WR)
		s->shut_rd = 1;
	return 0;
}
