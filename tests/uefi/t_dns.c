/* DNS through the firmware's DNS4 protocol and the <uefi/net.h>
 * configuration (tests/uefi/suites/net.sh).  The only NIC is on a segment
 * that tests/uefi/dns-net.py simulates over 127.0.0.1 (QEMU's socket
 * network): ARP for everybody but 10.0.3.15, a DNS server at 10.0.3.3
 * answering from a fixed table, a DNS server at 10.0.3.4 that never
 * answers, and no DHCP server.  QEMU's user network cannot carry this
 * test: with restrict=on it drops every UDP datagram from the guest other
 * than DHCP and TFTP, DNS included. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <uefi/net.h>
#include "harness.h"
#include "net_lookup.h"

static const unsigned char mac[6] = { 0x52, 0x54, 0x00, 0x00, 0x03, 0x0f };

static long long ms_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void info_ms(const char *what, long long ms)
{
	th_puts("info ");
	th_puts(what);
	th_puts(" ms ");
	th_putu((uint64_t)ms, 10);
	th_puts("\n");
}

static struct in_addr ip(const char *s)
{
	struct in_addr a;
	inet_pton(AF_INET, s, &a);
	return a;
}

static int rname(const char *addr, int flags, char *out, size_t size)
{
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr = ip(addr);
	return getnameinfo((struct sockaddr *)&sa, sizeof sa, out, (socklen_t)size, 0, 0, flags);
}

int main(void)
{
	th_begin("dns");
	char got[256];

	/* The interfaces. */
	struct uefi_net_interface ifs[4];
	int n = uefi_net_interfaces(ifs, 4);
	CHECK(n == 1 && memcmp(ifs[0].mac, mac, 6) == 0 && !ifs[0].configured,
	      "uefi_net_interfaces: one NIC, its MAC, not configured");
	CHECK(uefi_net_interfaces(0, 0) == 1, "uefi_net_interfaces(NULL, 0) counts");
	errno = 0;
	CHECK(uefi_net_use_interface(1) == -1 && errno == ENODEV, "uefi_net_use_interface(1): ENODEV");
	errno = 0;
	CHECK(uefi_net_use_interface(-1) == -1 && errno == EINVAL, "uefi_net_use_interface(-1): EINVAL");
	CHECK(uefi_net_use_interface(0) == 0, "uefi_net_use_interface(0)");
	errno = 0;
	CHECK(uefi_net_set_dhcp_timeout(0) == -1 && errno == EINVAL, "uefi_net_set_dhcp_timeout(0): EINVAL");
	errno = 0;
	CHECK(uefi_net_set_dns_timeout(1000, 0) == -1 && errno == EINVAL, "uefi_net_set_dns_timeout(1000, 0): EINVAL");
	struct in_addr five[5] = { ip("10.0.3.3"), ip("10.0.3.3"), ip("10.0.3.3"), ip("10.0.3.3"), ip("10.0.3.3") };
	errno = 0;
	CHECK(uefi_net_set_dns(five, 5) == -1 && errno == EINVAL, "uefi_net_set_dns with 5 servers: EINVAL");
	struct in_addr zero = { 0 };
	errno = 0;
	CHECK(uefi_net_set_dns(&zero, 1) == -1 && errno == EINVAL, "uefi_net_set_dns with 0.0.0.0: EINVAL");

	/* Nobody answers DHCP: bring-up ends with ETIMEDOUT in the time set. */
	CHECK(uefi_net_set_dhcp_timeout(3000) == 0, "uefi_net_set_dhcp_timeout(3000)");
	struct uefi_net_ipv4 cur;
	long long t0 = ms_now();
	errno = 0;
	int r = uefi_net_get_ipv4(&cur);
	long long dt = ms_now() - t0;
	CHECK(r == -1 && errno == ETIMEDOUT, "silent DHCP: ETIMEDOUT");
	CHECK(dt >= 3000 && dt < 4500, "silent DHCP: after 3 s, within 4.5 s");
	info_ms("silent DHCP", dt);
	t0 = ms_now();
	r = lookup("answer.test", AF_INET, 0, got, sizeof got);
	dt = ms_now() - t0;
	CHECK(r == EAI_AGAIN, "getaddrinfo with no network: EAI_AGAIN");
	CHECK(dt < 4500, "getaddrinfo with no network: within the DHCP time");

	/* Static configuration: invalid ones refused. */
	struct uefi_net_ipv4 cfg;
	memset(&cfg, 0, sizeof cfg);
	cfg.addr = ip("10.0.3.15");
	cfg.netmask = ip("255.0.255.0");
	errno = 0;
	CHECK(uefi_net_set_ipv4(&cfg) == -1 && errno == EINVAL, "static: non-contiguous mask: EINVAL");
	cfg.netmask = ip("255.255.255.0");
	cfg.gateway = ip("10.0.4.2");
	errno = 0;
	CHECK(uefi_net_set_ipv4(&cfg) == -1 && errno == EINVAL, "static: gateway outside the subnet: EINVAL");
	cfg.gateway = ip("10.0.3.2");
	cfg.addr = ip("10.0.3.255");
	errno = 0;
	CHECK(uefi_net_set_ipv4(&cfg) == -1 && errno == EINVAL, "static: broadcast address: EINVAL");
	cfg.addr = ip("10.0.3.15");
	cfg.dns_count = 1;
	cfg.dns[0] = ip("10.0.3.3");
	t0 = ms_now();
	r = uefi_net_set_ipv4(&cfg);
	dt = ms_now() - t0;
	CHECK(r == 0, "static configuration 10.0.3.15/24");
	info_ms("static configuration", dt);
	memset(&cur, 0, sizeof cur);
	CHECK(uefi_net_get_ipv4(&cur) == 0 && cur.addr.s_addr == cfg.addr.s_addr &&
	      cur.netmask.s_addr == cfg.netmask.s_addr && cur.gateway.s_addr == cfg.gateway.s_addr &&
	      cur.dns_count == 1 && cur.dns[0].s_addr == cfg.dns[0].s_addr,
	      "uefi_net_get_ipv4 reads it back");
	n = uefi_net_interfaces(ifs, 4);
	CHECK(n == 1 && ifs[0].configured, "the NIC is configured now");
	errno = 0;
	CHECK(uefi_net_use_interface(1) == -1 && errno == EBUSY, "uefi_net_use_interface of another NIC once up: EBUSY");

	/* Answers. */
	t0 = ms_now();
	r = lookup("answer.test", AF_INET, 0, got, sizeof got);
	info_ms("first DNS lookup", ms_now() - t0);
	CHECK(r == 0 && !strcmp(got, "192.0.2.10 192.0.2.11"),
	      "getaddrinfo answer.test: both A records in order");
	r = lookup("ANSWER.Test.", AF_INET, 0, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "192.0.2.10 192.0.2.11"), "getaddrinfo ANSWER.Test. (case, final dot)");
	r = lookup("cname.test", AF_INET, 0, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "192.0.2.10"), "getaddrinfo through a CNAME");
	r = lookup("answer.test", AF_UNSPEC, 0, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "192.0.2.10 192.0.2.11 2001:db8::10"),
	      "getaddrinfo AF_UNSPEC: A records first, then AAAA");
	r = lookup("answer.test", AF_UNSPEC, AI_ADDRCONFIG, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "192.0.2.10 192.0.2.11"),
	      "getaddrinfo AF_UNSPEC with AI_ADDRCONFIG: no AAAA (no IPv6 configured)");
	r = lookup("answer.test", AF_INET6, 0, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "2001:db8::10"), "getaddrinfo AF_INET6: the AAAA record");
	r = lookup("v6only.test", AF_UNSPEC, 0, got, sizeof got);
	CHECK(r == 0 && !strcmp(got, "2001:db8::6"), "getaddrinfo AF_UNSPEC of a name with only AAAA");

	/* Errors. */
	r = lookup("nx.test", AF_INET, 0, got, sizeof got);
	CHECK(r == EAI_NONAME, "getaddrinfo NXDOMAIN: EAI_NONAME");
	r = lookup("nx.test", AF_UNSPEC, 0, got, sizeof got);
	CHECK(r == EAI_NONAME, "getaddrinfo AF_UNSPEC NXDOMAIN: EAI_NONAME");
	r = lookup("servfail.test", AF_INET, 0, got, sizeof got);
	CHECK(r == EAI_FAIL, "getaddrinfo SERVFAIL: EAI_FAIL");
	r = lookup("bad..name", AF_INET, 0, got, sizeof got);
	CHECK(r == EAI_NONAME, "getaddrinfo of a malformed name: EAI_NONAME");
	r = lookup("answer.test", AF_INET, AI_NUMERICHOST, got, sizeof got);
	CHECK(r == EAI_NONAME, "getaddrinfo AI_NUMERICHOST with a name: EAI_NONAME");

	/* Reverse. */
	char host[NI_MAXHOST];
	CHECK(rname("192.0.2.10", 0, host, sizeof host) == 0 &&
	      !strcmp(host, "answer.test"), "getnameinfo 192.0.2.10: answer.test (PTR)");
	CHECK(rname("192.0.2.10", NI_NOFQDN, host, sizeof host) == 0 &&
	      !strcmp(host, "answer"), "getnameinfo NI_NOFQDN: answer");
	CHECK(rname("192.0.2.10", 0, host, 5) == EAI_OVERFLOW, "getnameinfo with a short buffer: EAI_OVERFLOW");
	CHECK(rname("192.0.2.99", 0, host, sizeof host) == 0 && !strcmp(host, "192.0.2.99"),
	      "getnameinfo of an address with no PTR: numeric");
	CHECK(rname("192.0.2.99", NI_NAMEREQD, host, sizeof host) == EAI_NONAME, "getnameinfo NI_NAMEREQD, no PTR: EAI_NONAME");
	CHECK(rname("192.0.2.10", NI_NUMERICHOST, host, sizeof host) == 0 &&
	      !strcmp(host, "192.0.2.10"), "getnameinfo NI_NUMERICHOST");

	/* Timeouts: a name the server never answers, and a server that never
	 * answers anything. */
	CHECK(uefi_net_set_dns_timeout(2000, 1) == 0, "uefi_net_set_dns_timeout(2000, 1)");
	t0 = ms_now();
	r = lookup("silent.test", AF_INET, 0, got, sizeof got);
	dt = ms_now() - t0;
	CHECK(r == EAI_AGAIN, "getaddrinfo with no answer: EAI_AGAIN");
	CHECK(dt >= 2000 && dt < 2500, "... after the timeout, within 0.5 s more");
	info_ms("DNS timeout, 2 s x 1", dt);
	struct in_addr silent = ip("10.0.3.4");
	CHECK(uefi_net_set_dns(&silent, 1) == 0, "uefi_net_set_dns(10.0.3.4)");
	t0 = ms_now();
	r = lookup("answer.test", AF_UNSPEC, 0, got, sizeof got);
	dt = ms_now() - t0;
	CHECK(r == EAI_AGAIN && dt < 2600, "getaddrinfo AF_UNSPEC, silent server: EAI_AGAIN, no second query");
	CHECK(rname("192.0.2.10", NI_NAMEREQD, host, sizeof host) == EAI_AGAIN,
	      "getnameinfo NI_NAMEREQD, silent server: EAI_AGAIN");
	CHECK(uefi_net_set_dns_timeout(2000, 2) == 0, "uefi_net_set_dns_timeout(2000, 2)");
	t0 = ms_now();
	r = lookup("answer.test", AF_INET, 0, got, sizeof got);
	dt = ms_now() - t0;
	CHECK(r == EAI_AGAIN && dt >= 4000 && dt < 4600, "two attempts: EAI_AGAIN after twice the timeout");
	info_ms("DNS timeout, 2 s x 2", dt);
	struct in_addr both[2] = { ip("10.0.3.4"), ip("10.0.3.3") };
	CHECK(uefi_net_set_dns(both, 2) == 0, "uefi_net_set_dns(silent, good)");
	t0 = ms_now();
	r = lookup("answer.test", AF_INET, 0, got, sizeof got);
	dt = ms_now() - t0;
	CHECK(r == 0 && !strcmp(got, "192.0.2.10 192.0.2.11"), "the first server silent: the second answers");
	CHECK(dt >= 2000 && dt < 2600, "... after the first one's 2 s");
	info_ms("DNS with the first server silent", dt);
	CHECK(uefi_net_set_dns(0, 0) == 0, "uefi_net_set_dns(NULL, 0)");
	r = lookup("answer.test", AF_INET, 0, got, sizeof got);
	CHECK(r == EAI_FAIL, "no DNS server known (static configuration): EAI_FAIL");

	th_end();
	th_qemu_exit(0);
	return 0;
}
