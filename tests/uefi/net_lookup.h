/* Shared by the firmware tests that resolve names (t_dns, t_fault_w):
 * getaddrinfo's answer as text. */
#ifndef NET_LOOKUP_H
#define NET_LOOKUP_H
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

/* The addresses getaddrinfo gives, as text joined by spaces ("" on error); an
 * address whose port is not 80 or whose type is not SOCK_STREAM shows as
 * "bad-port-or-type". */
static int lookup(const char *name, int family, int flags, char *out, size_t size)
{
	struct addrinfo h, *res = 0;
	memset(&h, 0, sizeof h);
	h.ai_family = family;
	h.ai_flags = flags;
	h.ai_socktype = SOCK_STREAM;
	*out = 0;
	int e = getaddrinfo(name, "80", &h, &res);
	if (e)
		return e;
	for (struct addrinfo *a = res; a; a = a->ai_next) {
		char b[INET6_ADDRSTRLEN];
		const void *p = a->ai_family == AF_INET ? (const void *)&((struct sockaddr_in *)a->ai_addr)->sin_addr
		                                        : (const void *)&((struct sockaddr_in6 *)a->ai_addr)->sin6_addr;
		int port = ntohs(a->ai_family == AF_INET ? ((struct sockaddr_in *)a->ai_addr)->sin_port
		                                         : ((struct sockaddr_in6 *)a->ai_addr)->sin6_port);
		inet_ntop(a->ai_family, p, b, sizeof b);
		if (port != 80 || a->ai_socktype != SOCK_STREAM)
			strcpy(b, "bad-port-or-type");
		if (*out)
			strncat(out, " ", size - strlen(out) - 1);
		strncat(out, b, size - strlen(out) - 1);
	}
	freeaddrinfo(res);
	return 0;
}

#endif
