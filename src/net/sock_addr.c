/* Socket addresses in and out, shared by the socket calls. */
#include <errno.h>
#include <string.h>
#include <netinet/in.h>
#include "../internal/sock_impl.h"

static int link_local(const unsigned char *ip)
{
	return ip[0] == 0xfe && (ip[1] & 0xc0) == 0x80;
}

int __sock_addr_in(const struct __sock *s, const struct sockaddr *a, socklen_t len, struct __sys_addr *out,
                   int dest)
{
	memset(out, 0, sizeof *out);
	if (!a || len < sizeof(sa_family_t)) {
		errno = EINVAL;
		return -1;
	}
	if (a->sa_family != s->family) {
		errno = len < (s->family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in))
		      ? EINVAL : EAFNOSUPPORT;
		return -1;
	}
	out->family = s->family;
	if (s->family == AF_INET) {
		struct sockaddr_in sin;
		if (len < sizeof sin) {
			errno = EINVAL;
			return -1;
		}
		memcpy(&sin, a, sizeof sin);
		memcpy(out->ip, &sin.sin_addr, 4);
		out->port = ntohs(sin.sin_port);
		return 0;
	}
	struct sockaddr_in6 sin6;
	if (len < sizeof sin6) {
		errno = EINVAL;
		return -1;
	}
	memcpy(&sin6, a, sizeof sin6);
	memcpy(out->ip, &sin6.sin6_addr, 16);
	out->port = ntohs(sin6.sin6_port);
	if (link_local(out->ip))
		out->scope = sin6.sin6_scope_id;
	static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	if (dest && !memcmp(out->ip, mapped, 12)) {
		errno = ENETUNREACH;
		return -1;
	}
	if (dest && out->scope && (int)out->scope != __sys_net_ifindex()) {
		errno = ENODEV;
		return -1;
	}
	return 0;
}

void __sock_addr_out(struct sockaddr *a, socklen_t *len, const struct __sys_addr *in)
{
	union {
		struct sockaddr_in sin;
		struct sockaddr_in6 sin6;
	} u;
	size_t size;
	memset(&u, 0, sizeof u);
	if (in->family == AF_INET6) {
		u.sin6.sin6_family = AF_INET6;
		u.sin6.sin6_port = htons(in->port);
		memcpy(&u.sin6.sin6_addr, in->ip, 16);
		if (link_local(in->ip))
			u.sin6.sin6_scope_id = in->scope ? in->scope : (uint32_t)__sys_net_ifindex();
		size = sizeof u.sin6;
	} else {
		u.sin.sin_family = AF_INET;
		u.sin.sin_port = htons(in->port);
		memcpy(&u.sin.sin_addr, in->ip, 4);
		size = sizeof u.sin;
	}
	size_t n = *len < size ? *len : size;
	memcpy(a, &u, n);
	*len = (socklen_t)size;
}

void __sock_source(const struct __sys_addr *to, struct __sys_addr *local)
{
	if (to->family == AF_INET) {
		struct __sys_net_info info;
		if (__sys_net_get_info(&info) == 0)
			memcpy(local->ip, &info.addr, 4);
		return;
	}
	struct __sys_net_addr6 list[16];
	int n = __sys_net_addrs6(list, 16), pick = -1;
	for (int i = 0; i < n; i++)
		if (link_local(list[i].ip) == link_local(to->ip) && pick < 0)
			pick = i;
	if (pick >= 0)
		memcpy(local->ip, list[pick].ip, 16);
}

int __sock_addr_any(const struct __sys_addr *a)
{
	static const unsigned char zero[16];
	return !memcmp(a->ip, zero, a->family == AF_INET6 ? 16 : 4);
}

int __sock_addr_eq(const struct __sys_addr *a, const struct __sys_addr *b)
{
	return a->family == b->family && a->port == b->port &&
	       !memcmp(a->ip, b->ip, a->family == AF_INET6 ? 16 : 4);
}

/* IANA's dynamic range, walked from a point that moves on every call. */
uint16_t __sock_ephemeral_port(void)
{
	static unsigned next;
	return (uint16_t)(49152 + (next++ * 7919u) % 16384);
}
