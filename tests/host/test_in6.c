/* <netinet/in.h>'s IN6_IS_ADDR_* and IN6_ARE_ADDR_EQUAL (POSIX) against
 * glibc's, over every class boundary and random addresses; the IPv6
 * option numbers and struct ipv6_mreq as glibc has them. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "in6_cases.h"

unsigned ours_in6_classes(const void *p, const void *q);
unsigned ours_in6_sizes(void);

static unsigned glibc_classes(const struct in6_addr *a, const struct in6_addr *b)
{
	unsigned r = 0, k = 0;
	IN6_CASES(IN6_BIT, a, b)
	return r;
}

#define IN6_NAME(name, x) name,
static const char *const names[] = {IN6_CASES(IN6_NAME, 0, 0)};

static void compare(const struct in6_addr *a, const struct in6_addr *b)
{
	unsigned ours = ours_in6_classes(a, b), theirs = glibc_classes(a, b);
	if (ours == theirs) {
		CHECK(1, "");
		return;
	}
	for (unsigned k = 0; k < sizeof names / sizeof *names; k++)
		if ((ours ^ theirs) >> k & 1) {
			char s[64] = "";
			for (int i = 0; i < 16; i++)
				snprintf(s + strlen(s), sizeof s - strlen(s), "%02x", a->s6_addr[i]);
			CHECK(0, "IN6_%s(%s): %u, glibc %u", names[k], s, ours >> k & 1, theirs >> k & 1);
		}
}

static uint64_t rng = 0x9e3779b97f4a7c15u;
static unsigned next(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (unsigned)(rng >> 32);
}

int main(void)
{
	struct in6_addr a, b;
	unsigned n = 0;
	/* Every value of each byte that decides a class (0, 1, 10, 11, 15)
	 * on four backgrounds: all zero, ::ffff:0.0.0.0, ff00::, fe00::. */
	static const int where[] = {0, 1, 10, 11, 15};
	for (int bg = 0; bg < 4; bg++)
		for (unsigned w = 0; w < 5; w++)
			for (int v = 0; v < 256; v++) {
				memset(&a, 0, sizeof a);
				if (bg == 1)
					a.s6_addr[10] = a.s6_addr[11] = 0xff;
				if (bg >= 2)
					a.s6_addr[0] = bg == 2 ? 0xff : 0xfe;
				a.s6_addr[where[w]] = (uint8_t)v;
				b = a;
				compare(&a, &b);
				b.s6_addr[v & 15] ^= 1;
				compare(&a, &b);
				n += 2;
			}
	/* Random addresses, a fifth of them with a class prefix planted. */
	for (int i = 0; i < 200000; i++) {
		for (int j = 0; j < 16; j++)
			a.s6_addr[j] = (uint8_t)next();
		switch (next() % 10) {
		case 0: memset(a.s6_addr, 0, 12); break;                       /* v4compat, ::, ::1 */
		case 1: memset(a.s6_addr, 0, 10); a.s6_addr[10] = a.s6_addr[11] = 0xff; break;
		case 2: memset(a.s6_addr, 0, 15); a.s6_addr[15] &= 1; break;
		case 3: a.s6_addr[0] = 0xfe; break;
		case 4: a.s6_addr[0] = 0xff; break;
		default: break;
		}
		b = a;
		if (next() & 1)
			b.s6_addr[next() % 16] ^= (uint8_t)(1u << (next() % 8));
		compare(&a, &b);
		n++;
	}
	printf("in6: %u addresses compared with glibc's macros\n", n);
	unsigned sizes = ours_in6_sizes();
	CHECK((sizes >> 8) == sizeof(struct ipv6_mreq), "sizeof(struct ipv6_mreq) %u, glibc %zu", sizes >> 8,
	      sizeof(struct ipv6_mreq));
	CHECK((sizes & 0xff) == IPV6_JOIN_GROUP, "IPV6_JOIN_GROUP %u, glibc %d", sizes & 0xff, IPV6_JOIN_GROUP);
	return check_report("in6");
}
