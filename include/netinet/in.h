#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <stdint.h>
#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint16_t in_port_t;
typedef uint32_t in_addr_t;

struct in_addr {
	in_addr_t s_addr;
};

struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

struct in6_addr {
	union {
		uint8_t __s6_addr[16];
		uint16_t __s6_addr16[8];
		uint32_t __s6_addr32[4];
	} __in6_union;
};
#define s6_addr __in6_union.__s6_addr

struct sockaddr_in6 {
	sa_family_t sin6_family;
	in_port_t sin6_port;
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

#define IPPROTO_IP   0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP  6
#define IPPROTO_UDP  17
#define IPPROTO_IPV6 41
#define IPPROTO_RAW  255

#define INADDR_ANY       ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE      ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK  ((in_addr_t)0x7f000001)

#define INET_ADDRSTRLEN  16
#define INET6_ADDRSTRLEN 46

#define IN6ADDR_ANY_INIT      { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 } } }
extern const struct in6_addr in6addr_any, in6addr_loopback;

/* IPv6 socket options (level IPPROTO_IPV6), glibc's numbers.  Only
 * IPV6_V6ONLY is implemented; setsockopt/getsockopt give ENOPROTOOPT for
 * the hop limits and multicast ones (docs/network.md). */
#define IPV6_UNICAST_HOPS   16
#define IPV6_MULTICAST_IF   17
#define IPV6_MULTICAST_HOPS 18
#define IPV6_MULTICAST_LOOP 19
#define IPV6_JOIN_GROUP     20
#define IPV6_LEAVE_GROUP    21
#define IPV6_V6ONLY         26

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned ipv6mr_interface;
};

/* The address tests POSIX requires, on a const struct in6_addr *. */
#define __IN6_B(a, i) (((const struct in6_addr *)(a))->s6_addr[i])
#define __IN6_ZERO(a, n) __in6_zero(((const struct in6_addr *)(a))->s6_addr, n)
static __inline int __in6_zero(const uint8_t *__b, int __n)
{
	while (__n > 0)
		if (__b[--__n])
			return 0;
	return 1;
}
#define IN6_IS_ADDR_UNSPECIFIED(a) __IN6_ZERO(a, 16)
#define IN6_IS_ADDR_LOOPBACK(a)    (__IN6_ZERO(a, 15) && __IN6_B(a, 15) == 1)
#define IN6_IS_ADDR_MULTICAST(a)   (__IN6_B(a, 0) == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a)   (__IN6_B(a, 0) == 0xfe && (__IN6_B(a, 1) & 0xc0) == 0x80)
#define IN6_IS_ADDR_SITELOCAL(a)   (__IN6_B(a, 0) == 0xfe && (__IN6_B(a, 1) & 0xc0) == 0xc0)
#define IN6_IS_ADDR_V4MAPPED(a)    (__IN6_ZERO(a, 10) && __IN6_B(a, 10) == 0xff && __IN6_B(a, 11) == 0xff)
/* ::a.b.c.d, but not :: or ::1 */
#define IN6_IS_ADDR_V4COMPAT(a)    (__IN6_ZERO(a, 12) && !(__IN6_ZERO(a, 15) && __IN6_B(a, 15) <= 1))
#define __IN6_MC_SCOPE(a, s)       (IN6_IS_ADDR_MULTICAST(a) && (__IN6_B(a, 1) & 0x0f) == (s))
#define IN6_IS_ADDR_MC_NODELOCAL(a) __IN6_MC_SCOPE(a, 0x1)
#define IN6_IS_ADDR_MC_LINKLOCAL(a) __IN6_MC_SCOPE(a, 0x2)
#define IN6_IS_ADDR_MC_SITELOCAL(a) __IN6_MC_SCOPE(a, 0x5)
#define IN6_IS_ADDR_MC_ORGLOCAL(a)  __IN6_MC_SCOPE(a, 0x8)
#define IN6_IS_ADDR_MC_GLOBAL(a)    __IN6_MC_SCOPE(a, 0xe)
#define IN6_ARE_ADDR_EQUAL(a, b) \
	(__builtin_memcmp(((const struct in6_addr *)(a))->s6_addr, ((const struct in6_addr *)(b))->s6_addr, 16) == 0)

uint32_t htonl(uint32_t v);
uint16_t htons(uint16_t v);
uint32_t ntohl(uint32_t v);
uint16_t ntohs(uint16_t v);
#define htonl(v) __builtin_bswap32(v)
#define htons(v) __builtin_bswap16(v)
#define ntohl(v) __builtin_bswap32(v)
#define ntohs(v) __builtin_bswap16(v)

#ifdef __cplusplus
}
#endif

#endif
