/* The portable address functions (src/net/) against glibc: inet_pton and
 * inet_ntop for IPv4 and IPv6 (crafted strings and random addresses with
 * runs of zeros), inet_aton, inet_addr, inet_ntoa, byte order. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

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

int main(void)
{
	pton_cases();
	ntop_cases();
	return check_report("net");
}
