/* The library's <netinet/in.h> address tests, compiled with the library's
 * headers (HOST_LIB_CFLAGS), for test_in6.c to compare with glibc's: bit k
 * of the result is the k-th macro of the list in test_in6.c. */
#include <netinet/in.h>

unsigned ours_in6_classes(const void *p, const void *q);

unsigned ours_in6_classes(const void *p, const void *q)
{
	const struct in6_addr *a = p;
	unsigned r = 0, k = 0;
#define BIT(x) r |= (unsigned)((x) != 0) << k++;
	BIT(IN6_IS_ADDR_UNSPECIFIED(a))
	BIT(IN6_IS_ADDR_LOOPBACK(a))
	BIT(IN6_IS_ADDR_MULTICAST(a))
	BIT(IN6_IS_ADDR_LINKLOCAL(a))
	BIT(IN6_IS_ADDR_SITELOCAL(a))
	BIT(IN6_IS_ADDR_V4MAPPED(a))
	BIT(IN6_IS_ADDR_V4COMPAT(a))
	BIT(IN6_IS_ADDR_MC_NODELOCAL(a))
	BIT(IN6_IS_ADDR_MC_LINKLOCAL(a))
	BIT(IN6_IS_ADDR_MC_SITELOCAL(a))
	BIT(IN6_IS_ADDR_MC_ORGLOCAL(a))
	BIT(IN6_IS_ADDR_MC_GLOBAL(a))
	BIT(IN6_ARE_ADDR_EQUAL(a, (const struct in6_addr *)q))
	return r;
}

/* The header in the oldest C the library's headers accept. */
unsigned ours_in6_sizes(void);
unsigned ours_in6_sizes(void)
{
	return (unsigned)sizeof(struct ipv6_mreq) << 8 | IPV6_JOIN_GROUP;
}
