/* Socket addresses in and out, shared by the socket calls. */
#include <errno.h>
#include <string.h>
#include <netinet/in.h>
#include "../internal/sock_impl.h"

int __sock_addr_in(const struct sockaddr *a, socklen_t len, uint32_t *ip, uint16_t *port)
{
	if (!a || len < sizeof(struct sockaddr_in)) {
		errno = EINVAL;
		return -1;
	}
	struct sockaddr_in sin;
	memcpy(&sin, a, sizeof sin);
	if (sin.sin_family != AF_INET) {
		errno = EAFNOSUPPORT;
		return -1;
	}
	*ip = sin.sin_addr.s_addr;
	*port = ntohs(sin.sin_port);
	return 0;
}

void __sock_addr_out(struct sockaddr *a, socklen_t *len, uint32_t ip, uint16_t port)
{
	struct sockaddr_in sin;
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = ip;
	size_t n = *len < sizeof sin ? *len : sizeof sin;
	memcpy(a, &sin, n);
	*len = sizeof sin;
}

/* IANA's dynamic range, walked from a point that moves on every call. */
uint16_t __sock_ephemeral_port(void)
{
	static unsigned next;
	return (uint16_t)(49152 + (next++ * 7919u) % 16384);
}
