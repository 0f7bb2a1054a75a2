#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "../internal/sock_impl.h"

/* Each piece in turn; a short send ends the call with the total so far. */
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	struct __fd *d;
	struct __sock *s = __sock_get(fd, &d);
	if (!s)
		return -1;
	if (msg->msg_iovlen < 0 || (msg->msg_iovlen && !msg->msg_iov)) {
		errno = EINVAL;
		return -1;
	}
	size_t total = 0;
	for (int i = 0; i < msg->msg_iovlen; i++) {
		size_t l = msg->msg_iov[i].iov_len;
		if (l > (size_t)LLONG_MAX - total) {
			errno = EINVAL;
			return -1;
		}
		total += l;
	}
	if (s->type == SOCK_DGRAM) {
		/* One datagram from all the pieces. */
		if (total > __SYS_UDP_MAX) {
			errno = EMSGSIZE;
			return -1;
		}
		char *b = malloc(total ? total : 1);
		if (!b)
			return -1;
		size_t o = 0;
		for (int i = 0; i < msg->msg_iovlen; i++) {
			memcpy(b + o, msg->msg_iov[i].iov_base, msg->msg_iov[i].iov_len);
			o += msg->msg_iov[i].iov_len;
		}
		ssize_t n = __sock_dgram_send(d, s, b, total, flags, msg->msg_name, msg->msg_namelen);
		free(b);
		return n;
	}
	size_t done = 0;
	for (int i = 0; i < msg->msg_iovlen; i++) {
		size_t l = msg->msg_iov[i].iov_len;
		if (!l)
			continue;
		ssize_t n = __sock_send(d, s, msg->msg_iov[i].iov_base, l, flags);
		if (n < 0)
			return done ? (ssize_t)done : -1;
		done += (size_t)n;
		if ((size_t)n < l)
			break;
	}
	return (ssize_t)done;
}
