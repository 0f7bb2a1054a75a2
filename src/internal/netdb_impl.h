/* Name resolution helpers shared by getaddrinfo and getnameinfo. */
#ifndef __INTERNAL_NETDB_IMPL_H
#define __INTERNAL_NETDB_IMPL_H

/* Where the hosts file is looked for: the current volume's \etc\hosts. */
#define __HOSTS_PATH "/etc/hosts"

/* A well-known service's port by name ("http": 80), or -1; *protos says
 * over which it runs (1: TCP, 2: UDP). */
int __serv_port(const char *name, unsigned *protos);
/* The name of a well-known port over TCP (udp 0) or UDP, or NULL. */
const char *__serv_name(int port, int udp);
/* Looks name up in the hosts file: up to max addresses of family af
 * (AF_INET: 4 bytes each, AF_INET6: 16) into out; the count, 0 when none
 * (or no file).  Case-insensitive. */
int __hosts_lookup(const char *name, int af, unsigned char *out, int max);
/* The first name the hosts file gives the address (4 or 16 bytes), copied
 * into buf: 1, 0 when none, -1 when it does not fit in size. */
int __hosts_reverse(int af, const void *addr, char *buf, size_t size);

/* The h_errno for a getaddrinfo/getnameinfo error (src/net/h_errno.c). */
int __gai_to_h_errno(int e);

#endif
