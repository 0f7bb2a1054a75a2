/* Sockets (src/net/): the state kept per socket descriptor over the
 * platform's TCP endpoints (sys_net.h). */
#ifndef __INTERNAL_SOCK_IMPL_H
#define __INTERNAL_SOCK_IMPL_H

#include <stdint.h>
#include <sys/socket.h>
#include "file_impl.h"
#include "sys_net.h"

/* A socket is a description of kind __FD_OPS with these operations
 * (src/net/socket.c); obj is its struct __sock. */
extern const struct __fd_ops __sock_ops;
static inline int __fd_is_sock(const struct __fd *d)
{
	return d->kind == __FD_OPS && d->ops == &__sock_ops;
}

struct __sock {
	int family, type, protocol;
	__sys_tcp *tcp;           /* made by connect or listen */
	__sys_udp *udp;           /* SOCK_DGRAM: made by bind, connect or the first send */
	struct __sys_addr peer;   /* SOCK_DGRAM: the connected peer */
	struct __sys_addr local;  /* where it is bound (when bound) */
	unsigned char bound, listening, connecting, connected, shut_rd, shut_wr;
	unsigned char reuseaddr, linger_on;
	int linger_s;
	int so_error;
	long long rcvtimeo, sndtimeo;   /* ms; -1: none */
	struct __sys_tcp_opts opts;
};

/* The socket of descriptor fd: NULL with EBADF, ENOTSOCK, or EIO once the
 * platform is gone. */
struct __sock *__sock_get(int fd, struct __fd **d);
/* A descriptor for a new socket, flags O_NONBLOCK and FD_CLOEXEC bits: the
 * descriptor, or -1 with errno (s is freed then). */
int __sock_fd(struct __sock *s, int nonblock, int cloexec);
/* A non-blocking connect that has finished becomes connected, or records
 * its error for SO_ERROR (no waiting). */
void __sock_settle(struct __sock *s);
/* Send and receive on a connected stream socket, as send/recv do. */
ssize_t __sock_send(struct __fd *d, struct __sock *s, const void *buf, size_t len, int flags);
ssize_t __sock_recv(struct __fd *d, struct __sock *s, void *buf, size_t len, int flags);
/* Datagram sockets (sock_dgram.c): the endpoint made and bound (an
 * ephemeral port when not bound yet), then send and receive. */
int __sock_udp_open(struct __sock *s);
ssize_t __sock_dgram_send(struct __fd *d, struct __sock *s, const void *buf, size_t len, int flags,
                          const struct sockaddr *to, socklen_t tolen);
ssize_t __sock_dgram_recv(struct __fd *d, struct __sock *s, void *buf, size_t len, int flags,
                          struct sockaddr *from, socklen_t *fromlen, int *msg_flags);
/* A socket address of the socket's family from the caller: 0, or -1 with
 * errno (EINVAL: too short; EAFNOSUPPORT: another family).  dest: it is
 * where to send, and an IPv4-mapped IPv6 address is ENETUNREACH (the
 * firmware's IPv6 stack carries no IPv4: IPV6_V6ONLY is always on), a
 * link-local one with a scope that is not the interface's ENODEV. */
int __sock_addr_in(const struct __sock *s, const struct sockaddr *a, socklen_t len, struct __sys_addr *out,
                   int dest);
/* Writes an address to the caller's buffer, truncating as POSIX says. */
void __sock_addr_out(struct sockaddr *a, socklen_t *len, const struct __sys_addr *in);
/* The interface's address that sends to `to` (the same family; IPv6: a
 * link-local one for a link-local peer, else the first other one) put in
 * *local, its port kept; left as it is when there is none. */
void __sock_source(const struct __sys_addr *to, struct __sys_addr *local);
/* Whether the address is the unspecified one (INADDR_ANY, ::). */
int __sock_addr_any(const struct __sys_addr *a);
/* Whether two addresses are the same (the port included). */
int __sock_addr_eq(const struct __sys_addr *a, const struct __sys_addr *b);
/* An ephemeral port for bind(..., port 0). */
uint16_t __sock_ephemeral_port(void);

#endif
