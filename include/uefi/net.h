/* Network configuration for UEFI programs (docs/network.md).
 *
 * Without any of these calls the library brings the first NIC up on first
 * use: DHCP unless the interface already has an address, waiting at most
 * 15 s, with the DNS servers DHCP gave.  These calls choose another NIC, a
 * static IPv4 configuration, another DHCP wait, other DNS servers and DNS
 * timeouts.  Every function returns 0, or -1 with errno (EIO once boot
 * services are gone). */
#ifndef UEFI_NET_H
#define UEFI_NET_H

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How many DNS servers a configuration holds. */
#define UEFI_NET_MAX_DNS 4

/* One NIC with a TCP/IP stack. */
struct uefi_net_interface {
	unsigned char mac[6];    /* its hardware address */
	int configured;          /* 1 when it has an IPv4 address now */
};

/* An IPv4 configuration.  Addresses in network order, as in sockaddr_in. */
struct uefi_net_ipv4 {
	struct in_addr addr, netmask, gateway;   /* gateway 0.0.0.0: none */
	int dns_count;                            /* 0..UEFI_NET_MAX_DNS */
	struct in_addr dns[UEFI_NET_MAX_DNS];
};

/* An IPv6 configuration (uefi_net_set_ipv6). */
struct uefi_net_ipv6 {
	struct in6_addr addr;                     /* the interface's address */
	int prefix_len;                           /* 1..128: the on-link prefix */
	struct in6_addr gateway;                  /* the default router; :: for none */
	int dns_count;                            /* 0..UEFI_NET_MAX_DNS */
	struct in6_addr dns[UEFI_NET_MAX_DNS];
};

/* The NICs that have a TCP/IP stack, in the firmware's order (drivers are
 * connected first when none has one): up to max entries into list (list may
 * be NULL when max is 0).  Returns how many there are (which may exceed
 * max), or -1 with errno. */
int uefi_net_interfaces(struct uefi_net_interface *list, int max);

/* Uses NIC number index (in uefi_net_interfaces' order; default 0) from
 * now on.  Only before the network is up: EBUSY once an interface is in use
 * (a socket connected, listened or bound, a name resolved through DNS, or
 * uefi_net_set_ipv4 called), unless it is the same one.  ENODEV when there
 * is no such NIC, EINVAL for a negative index. */
int uefi_net_use_interface(int index);

/* Gives the interface in use a static IPv4 configuration (cfg) or, with
 * cfg NULL, turns DHCP back on, and waits for the address (at most the DHCP
 * time, below).  The firmware keeps the interface's configuration in its
 * variables: a static one outlives the program, as it does when set from
 * the firmware's own set-up screens.  cfg->dns, when dns_count > 0,
 * replaces the DNS servers as uefi_net_set_dns does.  EINVAL: the address
 * is 0, multicast or broadcast, the mask is not contiguous, dns_count is
 * out of range, or the gateway is outside the subnet; EADDRINUSE: the
 * firmware ended up with another address; ETIMEDOUT, ENETDOWN as for
 * bring-up.  EDK II does not check whether another host already has the
 * address (docs/network.md). */
int uefi_net_set_ipv4(const struct uefi_net_ipv4 *cfg);

/* Gives the interface in use a static IPv6 configuration (cfg) through the
 * firmware's EFI_IP6_CONFIG_PROTOCOL (its manual policy): the address with
 * its prefix, the default router and the DNS servers (those name lookups
 * over IPv6 ask).  Waits until the address has passed duplicate address
 * detection, at most the DHCP time (below): EDK II probes once and waits a
 * second (2 to 5.4 s measured under QEMU, docs/network.md).  With cfg NULL
 * the automatic policy comes back (SLAAC, DHCPv6 where routers say so) and
 * the call waits as the first IPv6 socket would.  As for IPv4, the firmware
 * keeps the configuration in its variables.  Changing the policy drops the
 * interface's other IPv6 addresses (link-local ones stay), and with them
 * the sockets bound to them.  EINVAL: the address is unspecified, loopback,
 * multicast, link-local or IPv4-mapped, prefix_len is not 1..128, the
 * gateway is not unicast (or is the address, or is neither link-local nor
 * inside the prefix), dns_count is out of range or a DNS server is
 * unspecified, loopback, multicast or IPv4-mapped; EADDRINUSE: another host
 * has the address (duplicate address detection failed; the interface is
 * left in the manual policy without it); ENETDOWN: no IPv6 stack;
 * ETIMEDOUT: the check did not end in time. */
int uefi_net_set_ipv6(const struct uefi_net_ipv6 *cfg);

/* The configuration of the interface in use, bringing the network up if it
 * is not (DHCP). */
int uefi_net_get_ipv4(struct uefi_net_ipv4 *out);

/* The interface's IPv6 configuration, bringing IPv6 up if it is not (as
 * the first IPv6 socket does): its first address that is not link-local
 * (else its link-local one) with that address's prefix length, the router
 * of its default route (:: for none), and the DNS servers IPv6 lookups ask
 * (a static configuration's, or DHCPv6's).  EINVAL for a NULL out;
 * ENETDOWN, ETIMEDOUT as for bring-up. */
int uefi_net_get_ipv6(struct uefi_net_ipv6 *out);

/* How long bring-up waits for DHCP (or for a static address to be checked),
 * in milliseconds: 1 .. 600000; the default is 15000.  EINVAL otherwise. */
int uefi_net_set_dhcp_timeout(long ms);

/* The DNS servers name lookups ask, in order (at most UEFI_NET_MAX_DNS);
 * count 0 goes back to the servers DHCP gave.  EINVAL for a count out of
 * range, a NULL list with a count, or an address 0.0.0.0. */
int uefi_net_set_dns(const struct in_addr *servers, int count);

/* How long one DNS query waits for an answer, in milliseconds
 * (1..600000), and how many rounds of queries a lookup makes (1..10): each
 * round asks every server in turn, as resolv.conf's "timeout" and
 * "attempts" do; the defaults are 5000 ms and 2.  A lookup nobody answers
 * fails with EAI_AGAIN after timeout x attempts x servers.  EINVAL
 * otherwise. */
int uefi_net_set_dns_timeout(long ms, int attempts);

#ifdef __cplusplus
}
#endif

#endif
