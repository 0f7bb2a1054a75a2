/* getnameinfo: names from the hosts file, "localhost" for the loopback
 * addresses, then reverse DNS (PTR), else the numeric form; services
 * from the well-known table, else the number. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <netdb.h>
#include <arpa/inet.h>
#include "../internal/netdb_impl.h"
#include "../internal/sys_net.h"

static int put(char *dst, socklen_t size, const char *s)
{
	size_t n = strlen(s);
	if (n >= size)
		return EAI_OVERFLOW;
	memcpy(dst, s, n + 1);
	return 0;
}

int getnameinfo(const struct sockaddr *__restrict sa, socklen_t salen, char *__restrict host, socklen_t hostlen,
                char *__restrict serv, socklen_t servlen, int flags)
{
	if (flags & ~(NI_NUMERICHOST | NI_NUMERICSERV | NI_NOFQDN | NI_NAMEREQD | NI_DGRAM))
		return EAI_BADFLAGS;
	if (!sa)
		return EAI_FAMILY;
	const void *addr;
	int port, af = sa->sa_family;
	if (af == AF_INET && salen >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
		addr = &in->sin_addr;
		port = ntohs(in->sin_port);
	} else if (af == AF_INET6 && salen >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
		addr = &in6->sin6_addr;
		port = ntohs(in6->sin6_port);
	} else {
		return EAI_FAMILY;
	}
	if (!(host && hostlen) && !(serv && servlen))
		return EAI_NONAME;
	if (host && hostlen) {
		char buf[NI_MAXHOST];
		int found = 0;
		if (!(flags & NI_NUMERICHOST)) {
			found = __hosts_reverse(af, addr, buf, sizeof buf);
			if (found < 0)
				return EAI_OVERFLOW;
			if (!found) {
				static const unsigned char lo4[4] = { 127, 0, 0, 1 };
				if ((af == AF_INET && !memcmp(addr, lo4, 4)) ||
				    (af == AF_INET6 && !memcmp(addr, &in6addr_loopback, 16))) {
					strcpy(buf, "localhost");
					found = 1;
				}
			}
			if (!found) {
				/* Reverse DNS; a failure falls back to the numeric form
				 * unless a name is required, errno untouched then. */
				int e = errno;
				int r = __sys_dns_reverse(af, addr, buf, sizeof buf);
				if (r == 1)
					found = 1;
				else if (r == EAI_OVERFLOW || ((flags & NI_NAMEREQD) && r != EAI_NONAME))
					return r;
				else
					errno = e;
			}
			if (found && (flags & NI_NOFQDN)) {
				char *dot = strchr(buf, '.');
				if (dot)
					*dot = 0;
			}
		}
		if (!found) {
			if (flags & NI_NAMEREQD)
				return EAI_NONAME;
			inet_ntop(af, addr, buf, sizeof buf);
		}
		int e = put(host, hostlen, buf);
		if (e)
			return e;
	}
	if (serv && servlen) {
		char buf[16];
		const char *name = (flags & NI_NUMERICSERV) ? 0 : __serv_name(port, !!(flags & NI_DGRAM));
		if (!name) {
			snprintf(buf, sizeof buf, "%d", port);
			name = buf;
		}
		int e = put(serv, servlen, name);
		if (e)
			return e;
	}
	return 0;
}
