#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* Fills the pieces in turn; stops when less came than a piece holds. */
ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (msg->msg_iovlen < 0 || (msg->msg_iovlen && !msg->msg_iov)) {
		errno = EINVAL;
		return -1;
	}
	msg->msg_flags = 0;
	msg->msg_controllen = 0;
	if (s->type == SOCK_DGRAM) {
		size_t total = 0;
		for (int i = 0; i < msg->msg_iovlen; i++)
			total += msg->msg_iov[i].iov_len;
		if (total > __SYS_UDP_MAX)
			total = __SYS_UDP_MAX;
		char *b = malloc(total ? total : 1);
		if (!b)
			return -1;
		int mf = 0;
		ssize_t n = __sock_dgram_recv(d, s, b, total, flags, msg->msg_name,
		                              msg->msg_name ? &msg->msg_namelen : 0, &mf);
		if (n >= 0) {
			size_t o = 0, have = (size_t)n < total ? (size_t)n : total;
			for (int i = 0; i < msg->msg_iovlen && o < have; i++) {
				size_t k = msg->msg_iov[i].iov_len < have - o ? msg->msg_iov[i].iov_len : have - o;
				memcpy(msg->msg_iov[i].iov_base, b + o, k);
				o += k;
			}
			msg->msg_flags = mf;
		}
		free(b);
		return n;
	}
	size_t done = 0;
	for (int i = 0; i < msg->msg_iovlen; i++) {
		size_t l = msg->msg_iov[i].iov_len;
		if (!l)
			continue;
		ssize_t n = __sock_recv(d, s, msg->msg_iov[i].iov_base, l, done ? flags | MSG_DONTWAIT : flags);
		if (n < 0) {
			if (done)
				break;
			return -1;
		}
		done += (size_t)n;
		if ((size_t)n < l || (flags & MSG_PEEK))
			break;
	}
	if (msg->msg_name && s->tcp) {
		struct __sys_addr local, remote;
		if (__sys_tcp_names(s->tcp, &local, &remote) == 0)
			__sock_addr_out(msg->msg_name, &msg->msg_namelen, &remote);
	} else {
		msg->msg_namelen = 0;
	}
	return (ssize_t)done;
}
