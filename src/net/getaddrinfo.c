/* getaddrinfo: numeric addresses (IPv4 in inet_aton's forms, IPv6 in
 * inet_pton's), the hosts file, "localhost", then DNS (docs/network.md).
 * Numeric hosts and localhost need no firmware, so they work after
 * ExitBootServices as long as malloc does. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <netdb.h>
#include <arpa/inet.h>
#include "../internal/netdb_impl.h"
#include "../internal/sys_net.h"

#define MAX_ADDRS 16

/* AI_ADDRCONFIG: whether the interface has an IPv6 address other than a
 * link-local one (as POSIX and glibc count: loopback and link-local do
 * not make IPv6 "configured"); IPv4 as __sys_net_ipv4_configured says. */
static int ipv6_configured(void)
{
	struct __sys_net_addr6 a[MAX_ADDRS];
	int n = __sys_net_addrs6(a, MAX_ADDRS);
	for (int i = 0; i < n; i++)
		if (!(a[i].ip[0] == 0xfe && (a[i].ip[1] & 0xc0) == 0x80))
			return 1;
	return 0;
}

struct entry {
	struct addrinfo ai;
	union {
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
	} sa;
};

static int service_port(const char *service, int flags, int *port, unsigned *protos)
{
	*port = 0;
	*protos = 3;
	if (!service)
		return 0;
	if (*service >= '0' && *service <= '9') {
		char *end;
		unsigned long v = strtoul(service, &end, 10);
		if (!*end && v <= 65535) {
			*port = (int)v;
			return 0;
		}
	}
	if (flags & AI_NUMERICSERV)
		return EAI_NONAME;
	int p = __serv_port(service, protos);
	if (p < 0)
		return EAI_SERVICE;
	*port = p;
	return 0;
}

int getaddrinfo(const char *__restrict node, const char *__restrict service,
                const struct addrinfo *__restrict hints, struct addrinfo **__restrict res)
{
	int flags = hints ? hints->ai_flags : 0;
	int family = hints ? hints->ai_family : AF_UNSPEC;
	int socktype = hints ? hints->ai_socktype : 0;
	int protocol = hints ? hints->ai_protocol : 0;
	if (hints && (hints->ai_addrlen || hints->ai_addr || hints->ai_canonname || hints->ai_next))
		return EAI_BADFLAGS;
	if (flags & ~(AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG | AI_NUMERICSERV))
		return EAI_BADFLAGS;
	if ((flags & AI_CANONNAME) && !node)
		return EAI_BADFLAGS;
	if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6)
		return EAI_FAMILY;
	if (socktype != 0 && socktype != SOCK_STREAM && socktype != SOCK_DGRAM && socktype != SOCK_RAW)
		return EAI_SOCKTYPE;
	if ((socktype == SOCK_STREAM && protocol && protocol != IPPROTO_TCP) ||
	    (socktype == SOCK_DGRAM && protocol && protocol != IPPROTO_UDP))
		return EAI_SOCKTYPE;
	if (!node && !service)
		return EAI_NONAME;
	int port;
	unsigned protos;
	int e = service_port(service, flags, &port, &protos);
	if (e)
		return e;
	/* A named service only over the protocols it runs on. */
	if ((socktype == SOCK_STREAM && !(protos & 1)) || (socktype == SOCK_DGRAM && !(protos & 2)))
		return EAI_SERVICE;
	if (service && socktype == SOCK_RAW)
		return EAI_SERVICE;

	/* The addresses, IPv4 first (DHCP's DNS is reached over IPv4). */
	unsigned char v4[MAX_ADDRS][4], v6[MAX_ADDRS][16];
	int n4 = 0, n6 = 0;
	struct in_addr a4;
	if (!node) {
		uint32_t a = htonl((flags & AI_PASSIVE) ? INADDR_ANY : INADDR_LOOPBACK);
		memcpy(v4[0], &a, 4);
		n4 = 1;
		memcpy(v6[0], (flags & AI_PASSIVE) ? &in6addr_any : &in6addr_loopback, 16);
		n6 = 1;
	} else if (inet_aton(node, &a4) && !strpbrk(node, " \t\n")) {
		memcpy(v4[0], &a4, 4);
		n4 = 1;
	} else if (inet_pton(AF_INET6, node, v6[0]) == 1) {
		n6 = 1;
	} else if (flags & AI_NUMERICHOST) {
		return EAI_NONAME;
	} else {
		n4 = __hosts_lookup(node, AF_INET, v4[0], MAX_ADDRS);
		n6 = __hosts_lookup(node, AF_INET6, v6[0], MAX_ADDRS);
		if (!n4 && !n6 && (!strcasecmp(node, "localhost") || !strcasecmp(node, "localhost."))) {
			uint32_t a = htonl(INADDR_LOOPBACK);
			memcpy(v4[0], &a, 4);
			n4 = 1;
			memcpy(v6[0], &in6addr_loopback, 16);
			n6 = 1;
		}
		if (!n4 && !n6) {
			int e4 = EAI_NONAME, e6 = EAI_NONAME;
			/* DNS: A records unless only IPv6 is wanted, or AI_ADDRCONFIG
			 * and IPv4 is not configured; AAAA ones unless only IPv4 is,
			 * or AI_ADDRCONFIG and the interface has no IPv6 address but
			 * link-local ones, and only when the A query did not already
			 * say the name does not exist or the server does not answer. */
			int want4 = family != AF_INET6 && (!(flags & AI_ADDRCONFIG) || __sys_net_ipv4_configured());
			if (want4) {
				n4 = __sys_dns_lookup(node, AF_INET, v4[0], MAX_ADDRS);
				if (n4 < 0) {
					e4 = n4;
					n4 = 0;
				}
			}
			if (family == AF_INET6 || (family == AF_UNSPEC && (!want4 || n4 || e4 == EAI_FAIL) &&
			                           (!(flags & AI_ADDRCONFIG) || ipv6_configured()))) {
				n6 = __sys_dns_lookup(node, AF_INET6, v6[0], MAX_ADDRS);
				if (n6 < 0) {
					e6 = n6;
					n6 = 0;
				}
			}
			if (!n4 && !n6)
				return family == AF_INET6 ? e6 : e4;
		}
	}
	if (family == AF_INET6)
		n4 = 0;
	if (family == AF_INET)
		n6 = 0;
	if (!n4 && !n6)
		return EAI_NONAME;

	static const int kinds[][2] = { { SOCK_STREAM, IPPROTO_TCP }, { SOCK_DGRAM, IPPROTO_UDP }, { SOCK_RAW, 0 } };
	struct addrinfo *head = 0, **tail = &head;
	for (int i = 0; i < n4 + n6; i++) {
		for (int k = 0; k < 3; k++) {
			if (socktype ? kinds[k][0] != socktype : kinds[k][0] == SOCK_RAW)
				continue;
			if (!(protos & (kinds[k][0] == SOCK_DGRAM ? 2 : kinds[k][0] == SOCK_STREAM ? 1 : 3)))
				continue;
			struct entry *en = calloc(1, sizeof *en);
			if (!en) {
				freeaddrinfo(head);
				return EAI_MEMORY;
			}
			en->ai.ai_socktype = kinds[k][0];
			en->ai.ai_protocol = socktype == SOCK_RAW ? protocol : kinds[k][1];
			en->ai.ai_addr = (struct sockaddr *)&en->sa;
			if (i < n4) {
				en->ai.ai_family = AF_INET;
				en->ai.ai_addrlen = sizeof en->sa.in;
				en->sa.in.sin_family = AF_INET;
				en->sa.in.sin_port = htons((uint16_t)port);
				memcpy(&en->sa.in.sin_addr, v4[i], 4);
			} else {
				en->ai.ai_family = AF_INET6;
				en->ai.ai_addrlen = sizeof en->sa.in6;
				en->sa.in6.sin6_family = AF_INET6;
				en->sa.in6.sin6_port = htons((uint16_t)port);
				memcpy(&en->sa.in6.sin6_addr, v6[i - n4], 16);
			}
			if (!head && (flags & AI_CANONNAME) && !(en->ai.ai_canonname = strdup(node))) {
				free(en);
				return EAI_MEMORY;
			}
			*tail = &en->ai;
			tail = &en->ai.ai_next;
		}
	}
	*res = head;
	return 0;
}
