/* The portable address functions (src/net/) against glibc: inet_pton and
 * inet_ntop for IPv4 and IPv6 (crafted strings and random addresses with
 * runs of zeros), inet_aton, inet_addr, inet_ntoa, byte order. */
#include <arpa/inet.h>
#include <netdb.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"

int ul_inet_pton(int af, const char *src, void *dst);
const char *ul_inet_ntop(int af, const void *src, char *dst, unsigned size);
int ul_inet_aton(const char *cp, struct in_addr *inp);
uint32_t ul_inet_addr(const char *cp);
char *ul_inet_ntoa(struct in_addr in);
uint32_t ul_htonl(uint32_t v);
uint16_t ul_htons(uint16_t v);
uint32_t ul_ntohl(uint32_t v);
uint16_t ul_ntohs(uint16_t v);
int *ul___errno_location(void);
struct hostent *ul_gethostbyname(const char *name);
struct hostent *ul_gethostbyaddr(const void *addr, socklen_t len, int type);
const char *ul_hstrerror(int err);
extern int ul_h_errno;
int ul_getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res);
void ul_freeaddrinfo(struct addrinfo *ai);
const char *ul_gai_strerror(int err);
int ul_getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host, socklen_t hostlen, char *serv,
                   socklen_t servlen, int flags);

/* getaddrinfo on numeric hosts and services, one socket type, against
 * glibc: the same error, or the same addresses in the same order. */
static void gai_one(const char *node, const char *service, int flags, int family, int socktype)
{
	struct addrinfo h = { 0 }, *a = 0, *b = 0;
	h.ai_flags = flags;
	h.ai_family = family;
	h.ai_socktype = socktype;
	int r1 = ul_getaddrinfo(node, service, &h, &a), r2 = getaddrinfo(node, service, &h, &b);
	/* Where glibc departs from POSIX (docs/network.md): EAI_ADDRFAMILY
	 * (-9, not POSIX) for a numeric host of the other family, where this
	 * library says EAI_NONAME; a numeric port over 65535 taken modulo
	 * 65536, where this library says EAI_SERVICE. */
	if (r2 == -9 && r1 == EAI_NONAME)
		r2 = EAI_NONAME;
	if (service && strcmp(service, "65536") == 0 && r1 == ((flags & AI_NUMERICSERV) ? EAI_NONAME : EAI_SERVICE)) {
		if (!r2)
			freeaddrinfo(b);
		return;
	}
	int same = r1 == r2;
	struct addrinfo *x = a, *y = b;
	for (; same && !r1 && x && y; x = x->ai_next, y = y->ai_next)
		same = x->ai_family == y->ai_family && x->ai_socktype == y->ai_socktype &&
		       x->ai_protocol == y->ai_protocol && x->ai_addrlen == y->ai_addrlen &&
		       memcmp(x->ai_addr, y->ai_addr, x->ai_addrlen) == 0 &&
		       !x->ai_canonname == !y->ai_canonname &&
		       (!x->ai_canonname || strcmp(x->ai_canonname, y->ai_canonname) == 0);
	if (!r1 && same)
		same = !x && !y;
	CHECK(same, "getaddrinfo(%s, %s, flags %#x, family %d, type %d): %d (%s), glibc %d (%s)", node ? node : "NULL",
	      service ? service : "NULL", flags, family, socktype, r1, ul_gai_strerror(r1), r2, gai_strerror(r2));
	if (!r1)
		ul_freeaddrinfo(a);
	if (!r2)
		freeaddrinfo(b);
}

static void gai_cases(void)
{
	static const char *const nodes[] = { "1.2.3.4", "127.1", "0x7f.1", "10.0.2.15", "::1", "::", "fe80::1",
	                                     "::ffff:1.2.3.4", "1.2.3.256", "1.2.3.4 x", "nonsense!", "", NULL };
	static const char *const servs[] = { "80", "0", "65535", "65536", "http", "no-such-service", "-1", NULL };
	static const int fams[] = { AF_UNSPEC, AF_INET, AF_INET6, 99 };
	static const int types[] = { SOCK_STREAM, SOCK_DGRAM, 77 };
	static const int flagset[] = { AI_NUMERICHOST, AI_NUMERICHOST | AI_NUMERICSERV, AI_NUMERICHOST | AI_PASSIVE,
	                               AI_NUMERICHOST | AI_CANONNAME, 0x8000 };
	for (size_t n = 0; n < sizeof nodes / sizeof nodes[0]; n++)
		for (size_t sv = 0; sv < sizeof servs / sizeof servs[0]; sv++)
			for (size_t f = 0; f < sizeof fams / sizeof fams[0]; f++)
				for (size_t t = 0; t < sizeof types / sizeof types[0]; t++)
					for (size_t fl = 0; fl < sizeof flagset / sizeof flagset[0]; fl++) {
						/* glibc checks a few argument combinations in another
						 * order than POSIX lists them; compare the rest. */
						if (!nodes[n] && (flagset[fl] & AI_CANONNAME))
							continue;
						/* No host, AF_UNSPEC: glibc puts ::1 first, this
						 * library 127.0.0.1 (its sockets are IPv4). */
						if (!nodes[n] && fams[f] == AF_UNSPEC)
							continue;
						/* glibc turns ::ffff:a.b.c.d into an IPv4 answer for
						 * AF_INET; this library says EAI_NONAME. */
						if (nodes[n] && !strcmp(nodes[n], "::ffff:1.2.3.4") && fams[f] == AF_INET)
							continue;
						/* AI_NUMERICSERV with a name: POSIX says EAI_NONAME
						 * (this library); glibc checks other things first. */
						if ((flagset[fl] & AI_NUMERICSERV) && servs[sv] &&
						    !(servs[sv][0] >= '0' && servs[sv][0] <= '9'))
							continue;
						if (fams[f] == 99 || types[t] == 77 || flagset[fl] == 0x8000) {
							if (!nodes[n] && !servs[sv])
								continue;
						}
						gai_one(nodes[n], servs[sv], flagset[fl], fams[f], types[t]);
					}
	for (int e = -12; e <= 0; e++)
		if (e != -5 && e != -9 && strcmp(gai_strerror(e), "Unknown error") != 0)
			CHECK(strcmp(ul_gai_strerror(e), gai_strerror(e)) == 0, "gai_strerror(%d): %s", e, ul_gai_strerror(e));
}

static void gni_cases(void)
{
	uint64_t seed = 0x676e692d74657374ull;
	for (int i = 0; i < 2000; i++) {
		struct sockaddr_in6 s6 = { 0 };
		struct sockaddr_in s4 = { 0 };
		s4.sin_family = AF_INET;
		s4.sin_port = (uint16_t)check_xorshift(&seed);
		s4.sin_addr.s_addr = (uint32_t)check_xorshift(&seed);
		s6.sin6_family = AF_INET6;
		s6.sin6_port = (uint16_t)check_xorshift(&seed);
		for (int k = 0; k < 16; k++)
			s6.sin6_addr.s6_addr[k] = (k & 1) && (i & 2) ? 0 : (uint8_t)check_xorshift(&seed);
		for (int v = 0; v < 2; v++) {
			const struct sockaddr *sa = v ? (const struct sockaddr *)&s6 : (const struct sockaddr *)&s4;
			socklen_t sl = v ? sizeof s6 : sizeof s4;
			char h1[64], h2[64], p1[16], p2[16];
			int f = NI_NUMERICHOST | NI_NUMERICSERV;
			int r1 = ul_getnameinfo(sa, sl, h1, sizeof h1, p1, sizeof p1, f);
			int r2 = getnameinfo(sa, sl, h2, sizeof h2, p2, sizeof p2, f);
			CHECK(r1 == r2 && !r1 && strcmp(h1, h2) == 0 && strcmp(p1, p2) == 0, "getnameinfo: %s %s, glibc %s %s",
			      h1, p1, h2, p2);
			size_t hl = strlen(h2);
			CHECK(ul_getnameinfo(sa, sl, h1, (socklen_t)hl, 0, 0, f) == EAI_OVERFLOW, "getnameinfo overflow");
			CHECK(ul_getnameinfo(sa, sl - 1, h1, sizeof h1, 0, 0, f) == EAI_FAMILY, "getnameinfo short salen");
		}
	}
	struct sockaddr_in lo = { 0 };
	lo.sin_family = AF_INET;
	lo.sin_port = htons(80);
	lo.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	char h[64], p[16];
	CHECK(ul_getnameinfo((struct sockaddr *)&lo, sizeof lo, h, sizeof h, p, sizeof p, 0) == 0 &&
	      strcmp(h, "localhost") == 0 && strcmp(p, "http") == 0, "getnameinfo localhost: %s %s", h, p);
	lo.sin_addr.s_addr = htonl(0x0a000263);
	CHECK(ul_getnameinfo((struct sockaddr *)&lo, sizeof lo, h, sizeof h, 0, 0, NI_NAMEREQD) == EAI_NONAME,
	      "getnameinfo NI_NAMEREQD");
	/* localhost, without a hosts file entry, as documented: IPv4 first. */
	struct addrinfo hints = { 0 }, *r = 0;
	hints.ai_socktype = SOCK_STREAM;
	CHECK(ul_getaddrinfo("localhost", "80", &hints, &r) == 0 && r && r->ai_family == AF_INET &&
	      ((struct sockaddr_in *)r->ai_addr)->sin_addr.s_addr == htonl(INADDR_LOOPBACK) && r->ai_next &&
	      r->ai_next->ai_family == AF_INET6 && !r->ai_next->ai_next, "getaddrinfo localhost");
	ul_freeaddrinfo(r);
	CHECK(ul_getaddrinfo("no-such-host.invalid", "80", &hints, &r) == EAI_NONAME, "getaddrinfo unknown name");
}

static const char *const strs[] = {
	"0.0.0.0", "1.2.3.4", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04",
	"1..2.3", "1.2.3.4 ", " 1.2.3.4", "", ".", "1.2.3.", "a.b.c.d", "1.2.3.-4", "0x1.2.3.4", "00.0.0.0",
	"1.2.3.4x", "999.0.0.1", "10.0.2.15", "127.0.0.1", "1.2.3.255", "1.2.3.256",
	"::", "::1", "1::", "1::2", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
	"1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::3:4:5:6:7:8", ":::", "1:::2", "1::2::3",
	":1::2", "1::2:", "12345::", "fe80::1", "FE80::ABCD", "fe80::1%eth0", "::ffff:256.1.1.1",
	"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "1.2.3.4::", "0:0:0:0:0:0:0:0",
	"2001:db8::ff00:42:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:0:1.2.3.4", "g::1",
	"1:2:3:4:5::1.2.3.4", "1:2:3:4:5:6::1.2.3.4", ":", "1:", ":1", "::1:", "0::0", "00000::1",
	"1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1:2:3:4::5:6:7:8",
};

static void pton_cases(void)
{
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
		for (int af = AF_INET; af <= AF_INET6; af += AF_INET6 - AF_INET) {
			unsigned char a[16] = { 0 }, b[16] = { 0 };
			int r1 = ul_inet_pton(af, strs[i], a), r2 = inet_pton(af, strs[i], b);
			CHECK(r1 == r2 && memcmp(a, b, 16) == 0, "inet_pton(%d, \"%s\"): %d, glibc %d", af, strs[i], r1, r2);
		}
		struct in_addr x = { 0 }, y = { 0 };
		int r1 = ul_inet_aton(strs[i], &x), r2 = inet_aton(strs[i], &y);
		CHECK(r1 == r2 && (!r1 || x.s_addr == y.s_addr), "inet_aton(\"%s\"): %d, glibc %d", strs[i], r1, r2);
		CHECK(ul_inet_addr(strs[i]) == inet_addr(strs[i]), "inet_addr(\"%s\")", strs[i]);
	}
	static const char *const aton[] = { "127.1", "10.1.2", "0x7f.1", "017.0.0.1", "0xffffffff", "4294967296",
	                                    "0x100.1", "1.0x1000000", "1.2.0x10000", "08.1.1.1", "0x", "1.2.3.4\t", "1.2.3.4 junk" };
	for (size_t i = 0; i < sizeof aton / sizeof aton[0]; i++) {
		struct in_addr x = { 0 }, y = { 0 };
		int r1 = ul_inet_aton(aton[i], &x), r2 = inet_aton(aton[i], &y);
		CHECK(r1 == r2 && (!r1 || x.s_addr == y.s_addr), "inet_aton(\"%s\"): %d %08x, glibc %d %08x", aton[i], r1,
		      x.s_addr, r2, y.s_addr);
	}
	unsigned char a[16];
	*ul___errno_location() = 0;
	CHECK(ul_inet_pton(99, "1.2.3.4", a) == -1 && *ul___errno_location() == EAFNOSUPPORT, "inet_pton bad family");
}

static void ntop_one(int af, const unsigned char *a)
{
	char x[64], y[64];
	const char *r1 = ul_inet_ntop(af, a, x, sizeof x), *r2 = inet_ntop(af, a, y, sizeof y);
	CHECK(r1 && r2 && strcmp(x, y) == 0, "inet_ntop: \"%s\", glibc \"%s\"", r1 ? x : "(null)", r2 ? y : "(null)");
	/* Round trip. */
	unsigned char b[16];
	CHECK(ul_inet_pton(af, x, b) == 1 && memcmp(a, b, af == AF_INET ? 4 : 16) == 0, "round trip \"%s\"", x);
	/* Too small a buffer: ENOSPC, as glibc. */
	size_t n = strlen(y);
	*ul___errno_location() = 0;
	CHECK(ul_inet_ntop(af, a, x, (unsigned)n) == 0 && *ul___errno_location() == ENOSPC, "inet_ntop size %zu", n);
	CHECK(ul_inet_ntop(af, a, x, (unsigned)n + 1) == x && strcmp(x, y) == 0, "inet_ntop exact size");
}

static void ntop_cases(void)
{
	uint64_t seed = 0x6e65742d74657374ull;
	for (int i = 0; i < 20000; i++) {
		unsigned char a[16];
		uint64_t r = check_xorshift(&seed), m = check_xorshift(&seed);
		for (int k = 0; k < 16; k++)
			a[k] = (unsigned char)(check_xorshift(&seed) >> 11);
		/* Zero groups in runs and singles, and the IPv4 forms. */
		for (int g = 0; g < 8; g++)
			if ((m >> (g * 3)) & 1 || ((m >> 40) & 3) == 0)
				a[2 * g] = a[2 * g + 1] = 0;
		if ((r & 15) == 0) {
			memset(a, 0, 10);
			a[10] = a[11] = 0xff;
		} else if ((r & 15) == 1) {
			memset(a, 0, 12);
		}
		ntop_one(AF_INET6, a);
		ntop_one(AF_INET, a);
	}
	unsigned char z[16] = { 0 };
	ntop_one(AF_INET6, z);
	z[15] = 1;
	ntop_one(AF_INET6, z);
	z[15] = 2;
	ntop_one(AF_INET6, z);
	struct in_addr in = { htonl(0x7f000001) };
	CHECK(strcmp(ul_inet_ntoa(in), "127.0.0.1") == 0, "inet_ntoa");
	CHECK(ul_htonl(0x01020304) == htonl(0x01020304) && ul_htons(0x0102) == htons(0x0102) &&
	      ul_ntohl(0x01020304) == ntohl(0x01020304) && ul_ntohs(0x0102) == ntohs(0x0102), "byte order");
}

/* What getaddrinfo and getnameinfo make of DNS answers, with the
 * platform's resolver replaced by the double in sys_host.c (the firmware
 * boot tests/uefi/t_dns.c runs the real one): the addresses joined by
 * spaces, or the error. */
static int dns_gai(const char *name, int family, int flags, char *out, size_t size)
{
	struct addrinfo h = { 0 }, *res = 0;
	h.ai_family = family;
	h.ai_flags = flags;
	h.ai_socktype = SOCK_STREAM;
	*out = 0;
	int e = ul_getaddrinfo(name, "80", &h, &res);
	for (struct addrinfo *a = res; a; a = a->ai_next) {
		char b[INET6_ADDRSTRLEN];
		const void *p = a->ai_family == AF_INET ? (const void *)&((struct sockaddr_in *)a->ai_addr)->sin_addr
		                                        : (const void *)&((struct sockaddr_in6 *)a->ai_addr)->sin6_addr;
		inet_ntop(a->ai_family, p, b, sizeof b);
		snprintf(out + strlen(out), size - strlen(out), "%s%s", *out ? " " : "", b);
	}
	ul_freeaddrinfo(res);
	return e;
}

static void dns_cases(void)
{
	memset(host_dns, 0, sizeof host_dns);
	host_dns[0] = (struct host_dns_entry){ "dns.test", AF_INET, 2, 0, { { 192, 0, 2, 1 }, { 192, 0, 2, 2 } } };
	host_dns[1] = (struct host_dns_entry){ "dns.test", AF_INET6, 1, 0, { { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 } } };
	host_dns[2] = (struct host_dns_entry){ "again.test", AF_INET, 0, EAI_AGAIN, { { 0 } } };
	host_dns[3] = (struct host_dns_entry){ "fail.test", AF_INET, 0, EAI_FAIL, { { 0 } } };
	host_dns[4] = (struct host_dns_entry){ "fail.test", AF_INET6, 1, 0, { { 0x20, 0x01, 0x0d, 0xb8, [15] = 2 } } };
	char got[256];
	int q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, 0, got, sizeof got) == 0 && !strcmp(got, "192.0.2.1 192.0.2.2 2001:db8::1") &&
	      host_dns_queries == q + 2, "DNS AF_UNSPEC: A then AAAA, in order: %s", got);
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, AI_ADDRCONFIG, got, sizeof got) == 0 && !strcmp(got, "192.0.2.1 192.0.2.2") &&
	      host_dns_queries == q + 1, "DNS AI_ADDRCONFIG, no IPv6 address: no AAAA query: %s", got);
	/* A link-local address does not count; a SLAAC one does. */
	inet_pton(AF_INET6, "fe80::1", host_addrs6[0]);
	host_addrs6_count = 1;
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, AI_ADDRCONFIG, got, sizeof got) == 0 && !strcmp(got, "192.0.2.1 192.0.2.2") &&
	      host_dns_queries == q + 1, "DNS AI_ADDRCONFIG, link-local IPv6 only: no AAAA query: %s", got);
	inet_pton(AF_INET6, "2001:db8:6::5", host_addrs6[1]);
	host_addrs6_count = 2;
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, AI_ADDRCONFIG, got, sizeof got) == 0 &&
	      !strcmp(got, "192.0.2.1 192.0.2.2 2001:db8::1") && host_dns_queries == q + 2,
	      "DNS AI_ADDRCONFIG, a global IPv6 address: A then AAAA: %s", got);
	/* IPv6 only (IPv4 not configured): AI_ADDRCONFIG asks AAAA alone;
	 * without it, A too. */
	host_ipv4_configured = 0;
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, AI_ADDRCONFIG, got, sizeof got) == 0 && !strcmp(got, "2001:db8::1") &&
	      host_dns_queries == q + 1, "DNS AI_ADDRCONFIG, IPv6 only: the AAAA query alone: %s", got);
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_INET, AI_ADDRCONFIG, got, sizeof got) == EAI_NONAME && host_dns_queries == q,
	      "DNS AI_ADDRCONFIG AF_INET, IPv4 not configured: EAI_NONAME, no query");
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_UNSPEC, 0, got, sizeof got) == 0 && !strcmp(got, "192.0.2.1 192.0.2.2 2001:db8::1") &&
	      host_dns_queries == q + 2, "DNS IPv6 only, no AI_ADDRCONFIG: A then AAAA: %s", got);
	host_ipv4_configured = 1;
	host_addrs6_count = 0;
	CHECK(dns_gai("dns.test", AF_INET6, 0, got, sizeof got) == 0 && !strcmp(got, "2001:db8::1"), "DNS AF_INET6: %s", got);
	CHECK(dns_gai("dns.test", AF_INET, 0, got, sizeof got) == 0 && !strcmp(got, "192.0.2.1 192.0.2.2"), "DNS AF_INET: %s", got);
	q = host_dns_queries;
	CHECK(dns_gai("again.test", AF_UNSPEC, 0, got, sizeof got) == EAI_AGAIN && host_dns_queries == q + 1,
	      "DNS no answer: EAI_AGAIN, and no AAAA query after it");
	CHECK(dns_gai("nx.test", AF_UNSPEC, 0, got, sizeof got) == EAI_NONAME, "DNS no such name: EAI_NONAME");
	CHECK(dns_gai("fail.test", AF_INET, 0, got, sizeof got) == EAI_FAIL, "DNS server failure: EAI_FAIL");
	CHECK(dns_gai("fail.test", AF_UNSPEC, 0, got, sizeof got) == 0 && !strcmp(got, "2001:db8::2"),
	      "DNS A failed (NODATA looks the same), AAAA answers: %s", got);
	q = host_dns_queries;
	CHECK(dns_gai("dns.test", AF_INET, AI_NUMERICHOST, got, sizeof got) == EAI_NONAME && host_dns_queries == q,
	      "AI_NUMERICHOST: EAI_NONAME without a query");
	CHECK(dns_gai("localhost", AF_INET, 0, got, sizeof got) == 0 && !strcmp(got, "127.0.0.1") && host_dns_queries == q,
	      "localhost: no query");
	CHECK(dns_gai("10.1.2.3", AF_INET, 0, got, sizeof got) == 0 && host_dns_queries == q, "numeric: no query");

	struct sockaddr_in sa = { 0 };
	sa.sin_family = AF_INET;
	char host[NI_MAXHOST];
	inet_pton(AF_INET, "192.0.2.1", &sa.sin_addr);
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, 0) == 0 && !strcmp(host, "dns.test"),
	      "getnameinfo by reverse DNS: %s", host);
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NOFQDN) == 0 && !strcmp(host, "dns"),
	      "getnameinfo NI_NOFQDN: %s", host);
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, 4, 0, 0, 0) == EAI_OVERFLOW, "getnameinfo: EAI_OVERFLOW");
	q = host_dns_queries;
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NUMERICHOST) == 0 &&
	      !strcmp(host, "192.0.2.1") && host_dns_queries == q, "getnameinfo NI_NUMERICHOST: no query");
	inet_pton(AF_INET, "192.0.2.9", &sa.sin_addr);
	*ul___errno_location() = 1234;
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, 0) == 0 && !strcmp(host, "192.0.2.9") &&
	      *ul___errno_location() == 1234, "getnameinfo, no PTR: numeric, errno untouched");
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NAMEREQD) == EAI_NONAME,
	      "getnameinfo NI_NAMEREQD, no PTR: EAI_NONAME");
	/* IPv6 addresses too (their PTR under ip6.arpa). */
	struct sockaddr_in6 sa6 = { 0 };
	sa6.sin6_family = AF_INET6;
	inet_pton(AF_INET6, "2001:db8::1", &sa6.sin6_addr);
	q = host_dns_queries;
	CHECK(ul_getnameinfo((struct sockaddr *)&sa6, sizeof sa6, host, sizeof host, 0, 0, 0) == 0 &&
	      !strcmp(host, "dns.test") && host_dns_queries == q + 1, "getnameinfo IPv6 by reverse DNS: %s", host);
	inet_pton(AF_INET6, "2001:db8::9", &sa6.sin6_addr);
	CHECK(ul_getnameinfo((struct sockaddr *)&sa6, sizeof sa6, host, sizeof host, 0, 0, 0) == 0 &&
	      !strcmp(host, "2001:db8::9"), "getnameinfo IPv6, no PTR: numeric: %s", host);
	CHECK(ul_getnameinfo((struct sockaddr *)&sa6, sizeof sa6, host, sizeof host, 0, 0, NI_NAMEREQD) == EAI_NONAME,
	      "getnameinfo IPv6 NI_NAMEREQD, no PTR: EAI_NONAME");

	/* gethostbyname and gethostbyaddr over the same. */
	struct hostent *he = ul_gethostbyname("dns.test");
	CHECK(he && !strcmp(he->h_name, "dns.test") && he->h_addrtype == AF_INET && he->h_length == 4 &&
	      he->h_aliases && !he->h_aliases[0] && he->h_addr_list[0] && he->h_addr_list[1] && !he->h_addr_list[2] &&
	      !memcmp(he->h_addr_list[0], "\xc0\x00\x02\x01", 4) && !memcmp(he->h_addr_list[1], "\xc0\x00\x02\x02", 4),
	      "gethostbyname: both A records");
	he = ul_gethostbyname("10.1.2.3");
	CHECK(he && !memcmp(he->h_addr, "\x0a\x01\x02\x03", 4) && !he->h_addr_list[1], "gethostbyname numeric");
	ul_h_errno = 0;
	CHECK(!ul_gethostbyname("nx.test") && ul_h_errno == HOST_NOT_FOUND, "gethostbyname no such name: HOST_NOT_FOUND");
	CHECK(!ul_gethostbyname("again.test") && ul_h_errno == TRY_AGAIN, "gethostbyname no answer: TRY_AGAIN");
	CHECK(!ul_gethostbyname("fail.test") && ul_h_errno == NO_RECOVERY, "gethostbyname server failure: NO_RECOVERY");
	unsigned char a4[4] = { 192, 0, 2, 1 };
	he = ul_gethostbyaddr(a4, 4, AF_INET);
	CHECK(he && !strcmp(he->h_name, "dns.test") && !memcmp(he->h_addr, a4, 4) && he->h_length == 4,
	      "gethostbyaddr by reverse DNS");
	unsigned char lo[4] = { 127, 0, 0, 1 };
	he = ul_gethostbyaddr(lo, 4, AF_INET);
	CHECK(he && !strcmp(he->h_name, "localhost"), "gethostbyaddr 127.0.0.1: localhost");
	a4[3] = 9;
	CHECK(!ul_gethostbyaddr(a4, 4, AF_INET) && ul_h_errno == HOST_NOT_FOUND, "gethostbyaddr no PTR: HOST_NOT_FOUND");
	CHECK(!ul_gethostbyaddr(a4, 3, AF_INET) && ul_h_errno == NO_RECOVERY, "gethostbyaddr bad length");
	CHECK(!strcmp(ul_hstrerror(HOST_NOT_FOUND), hstrerror(HOST_NOT_FOUND)) &&
	      !strcmp(ul_hstrerror(TRY_AGAIN), hstrerror(TRY_AGAIN)) &&
	      !strcmp(ul_hstrerror(NO_RECOVERY), hstrerror(NO_RECOVERY)) &&
	      !strcmp(ul_hstrerror(NO_DATA), hstrerror(NO_DATA)) && !strcmp(ul_hstrerror(0), hstrerror(0)),
	      "hstrerror as glibc's");

	/* Once the platform is gone: EAI_SYSTEM with EIO, not "no such name". */
	host_set_available(0);
	*ul___errno_location() = 0;
	CHECK(dns_gai("dns.test", AF_INET, 0, got, sizeof got) == EAI_SYSTEM && *ul___errno_location() == EIO,
	      "DNS after exit: EAI_SYSTEM, EIO");
	CHECK(dns_gai("10.1.2.3", AF_INET, 0, got, sizeof got) == EAI_MEMORY && *ul___errno_location() == ENOMEM,
	      "numeric after exit: EAI_MEMORY (no reserve to allocate the answer from), no DNS");
	*ul___errno_location() = 0;
	CHECK(ul_getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, 0) == 0 && !strcmp(host, "192.0.2.9") &&
	      *ul___errno_location() == 0, "getnameinfo after exit: numeric, errno untouched");
	host_set_available(1);
	memset(host_dns, 0, sizeof host_dns);
}

int main(void)
{
	pton_cases();
	ntop_cases();
	gai_cases();
	gni_cases();
	dns_cases();
	return check_report("net");
}
