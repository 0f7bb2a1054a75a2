/* The system interface for networking: bringing an interface up and TCP
 * connections over the platform's own stack (UEFI: the TCP4 service
 * binding).  The portable layer (src/net/) keeps the descriptors, the
 * socket state and the options; the platform only moves bytes.
 *
 * Addresses are struct __sys_addr (IPv4 or IPv6, in network byte order;
 * ports in host order), except the IPv4-only configuration calls.  A
 * timeout is in milliseconds: negative waits for ever, 0 does not wait
 * (EAGAIN when the call would have to).  Every function sets errno and
 * returns the failure value stated when it fails, and all of them fail
 * with EIO, calling nothing, once __sys_available() is false. */
#ifndef __INTERNAL_SYS_NET_H
#define __INTERNAL_SYS_NET_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* A socket address as the platform takes it: family AF_INET (the address
 * in ip[0..3]) or AF_INET6 (ip[0..15]; scope: the interface of a
 * link-local address, 0 for the one in use), the address in network
 * order, the port in host order. */
struct __sys_addr {
	int family;
	uint16_t port;
	uint32_t scope;
	unsigned char ip[16];
};

/* The interface's IPv4 configuration. */
struct __sys_net_info {
	uint32_t addr, mask, gateway, dns;
	unsigned char mac[6];
};

/* Brings the network up on first use: finds the NICs, connects their
 * drivers, starts DHCP unless the interface is already configured, and
 * waits for an address (at most __sys_net_timeout_ms).  0, or -1 with
 * ENETDOWN (no NIC, no TCP/IP stack) or ETIMEDOUT (no address in time). */
int __sys_net_up(void);
int __sys_net_get_info(struct __sys_net_info *info);

/* IPv6 on the same interface: brings it up on first use (the firmware's
 * IPv6 configuration set to automatic: link-local always, SLAAC where a
 * router advertises a prefix) and waits for a link-local address (at most
 * __sys_net_timeout_ms), then for up to a further __SYS_NET_RA_MS for a
 * router's prefix.  0, or -1 with ENETDOWN (no NIC, no IPv6 stack) or
 * ETIMEDOUT. */
#define __SYS_NET_RA_MS 3000
int __sys_net_up6(void);
/* The IPv6 addresses the interface has now (brings nothing up: none
 * before the firmware's IPv6 has been configured, by __sys_net_up6 or an
 * earlier program): their count (at most max written), or -1 with errno
 * (EIO once the platform is gone). */
struct __sys_net_addr6 {
	unsigned char ip[16];
	unsigned char prefix_len;
};
int __sys_net_addrs6(struct __sys_net_addr6 *out, int max);
/* Whether IPv4 counts as configured for getaddrinfo's AI_ADDRCONFIG: it
 * is up, or IPv6 is not (IPv4 is then what a lookup brings up).  Brings
 * nothing up, calls no firmware. */
int __sys_net_ipv4_configured(void);
/* The index of the interface in use (1 for the first; uefi_net_use_interface
 * chooses it): what sin6_scope_id says for its link-local addresses. */
int __sys_net_ifindex(void);

/* A TCP endpoint (UEFI: a TCP4 or TCP6 child of the service binding). */
typedef struct __sys_tcp __sys_tcp;

/* What Configure takes besides the addresses (0: the stack's default). */
struct __sys_tcp_opts {
	uint32_t rcvbuf, sndbuf;
	unsigned char nodelay, keepalive;
};

/* A new endpoint of family AF_INET or AF_INET6, not connected: NULL with
 * errno. */
__sys_tcp *__sys_tcp_new(int family);
/* Connects from local (NULL, or its address and port 0: any) to remote,
 * both of the endpoint's family.  With timeout 0 the
 * connection is started and -1 EINPROGRESS returned; __sys_tcp_connected
 * then says how it went.  Other errors: ECONNREFUSED, ETIMEDOUT,
 * ENETUNREACH, EHOSTUNREACH, EADDRINUSE. */
int __sys_tcp_connect(__sys_tcp *t, const struct __sys_addr *local, const struct __sys_addr *remote,
                      const struct __sys_tcp_opts *o, long long timeout_ms);
/* Waits up to timeout for a connection started earlier: 0 once it is up,
 * -1 with EINPROGRESS while it is not (timeout passed), or its error. */
int __sys_tcp_connected(__sys_tcp *t, long long timeout_ms);
/* Listens on local (address 0: any); 0 or -1 (EADDRINUSE). */
int __sys_tcp_listen(__sys_tcp *t, const struct __sys_addr *local, int backlog,
                     const struct __sys_tcp_opts *o);
/* The next connection on a listening endpoint: NULL with EAGAIN when
 * none came within timeout. */
__sys_tcp *__sys_tcp_accept(__sys_tcp *t, long long timeout_ms);
/* Sends up to len bytes: the count taken (at least 1 unless len is 0), or
 * -1 (EAGAIN when nothing could be taken within timeout, EPIPE,
 * ECONNRESET). */
long long __sys_tcp_send(__sys_tcp *t, const void *buf, size_t len, long long timeout_ms);
/* Receives up to len bytes (peek: leaves them): the count, 0 at the end
 * of the stream, or -1 (EAGAIN when nothing came within timeout,
 * ECONNRESET). */
long long __sys_tcp_recv(__sys_tcp *t, void *buf, size_t len, long long timeout_ms, int peek);
/* Sends FIN once what was sent has gone (the other way stays open). */
int __sys_tcp_shutdown(__sys_tcp *t);
/* Closes and releases the endpoint.  A graceful close finishes in the
 * background (the platform keeps the endpoint until it is closed, or the
 * program exits); abort resets the connection at once. */
void __sys_tcp_close(__sys_tcp *t, int abort);
/* The local and remote ends (address and port 0 where there is none yet). */
int __sys_tcp_names(__sys_tcp *t, struct __sys_addr *local, struct __sys_addr *remote);

/* Readiness without waiting, for poll/select. */
#define __SYS_TCP_READ  1u    /* data, the end of the stream, or a connection to accept */
#define __SYS_TCP_WRITE 2u    /* send would take something */
#define __SYS_TCP_ERR   4u    /* a pending error (connect failed, reset) */
#define __SYS_TCP_HUP   8u    /* the peer closed, or the connection is gone */
unsigned __sys_tcp_ready(__sys_tcp *t);
/* The pending error of a failed connection (SO_ERROR), cleared; 0 for none. */
int __sys_tcp_error(__sys_tcp *t);

/* A UDP endpoint (UEFI: a UDP4 or UDP6 child). */
typedef struct __sys_udp __sys_udp;
/* Largest datagram: 65535 less the IPv4 and UDP headers (IPv6 without
 * jumbograms allows 65527; the library keeps one limit). */
#define __SYS_UDP_MAX 65507u
__sys_udp *__sys_udp_new(int family);
/* Opens local (address 0: any; the port must not be 0) for sending and
 * receiving; reuse lets another endpoint share the port.  0, or -1
 * (EADDRINUSE, EADDRNOTAVAIL). */
int __sys_udp_bind(__sys_udp *u, const struct __sys_addr *local, int reuse);
/* Sends one datagram to `to` (the endpoint must be bound): len, or -1
 * (EMSGSIZE, EAGAIN when the previous one is still going out after
 * timeout). */
long long __sys_udp_send(__sys_udp *u, const void *buf, size_t len, const struct __sys_addr *to,
                         long long timeout_ms);
/* Receives one datagram: copies up to len bytes, sets *full to its size
 * and *from to its source; peek leaves it.  The count copied, or -1
 * (EAGAIN when none came within timeout). */
long long __sys_udp_recv(__sys_udp *u, void *buf, size_t len, long long timeout_ms, int peek,
                         size_t *full, struct __sys_addr *from);
/* __SYS_TCP_READ when a datagram is waiting; __SYS_TCP_WRITE when a send
 * would not wait. */
unsigned __sys_udp_ready(__sys_udp *u);
void __sys_udp_close(__sys_udp *u);

/* DNS through the platform's resolver (UEFI: EFI_DNS4_PROTOCOL, and
 * EFI_DNS6_PROTOCOL to the IPv6 servers once IPv6 is up, on the interface
 * in use), which brings IPv4 up unless IPv6 is up with DNS servers.  __sys_dns_lookup asks
 * for the addresses of name of family af (AF_INET: A records, 4 bytes
 * each; AF_INET6: AAAA records, 16 bytes), up to max into out: their count
 * (at least 1), or a negative EAI_* code (<netdb.h>): EAI_NONAME (no such
 * name, or no record of that family), EAI_AGAIN (no answer within the
 * time, or the network did not come up), EAI_FAIL (the server failed, no
 * DNS server is known, the platform has no DNS), EAI_MEMORY, EAI_SYSTEM
 * with errno (EIO once the platform is gone).  __sys_dns_reverse puts the
 * name of an address of family af (AF_INET: 4 bytes, AF_INET6: 16, network
 * order; its PTR record under in-addr.arpa or ip6.arpa) in buf: 1, or a
 * negative EAI_* code as above (EAI_OVERFLOW: it does not fit). */
int __sys_dns_lookup(const char *name, int af, unsigned char *out, int max);
int __sys_dns_reverse(int af, const void *ip, char *buf, size_t size);

/* Lets the stack run a little while poll/select wait (UEFI: polls the NIC). */
void __sys_net_idle(void);

/* At exit: closes every endpoint still open, waits a bounded time for
 * graceful closes to finish, and releases every child. */
void __sys_net_fini(void);

#endif
