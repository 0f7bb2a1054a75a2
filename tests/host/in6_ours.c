/* The library's <netinet/in.h> address tests, compiled with the library's
 * headers (HOST_LIB_CFLAGS), for test_in6.c to compare with glibc's: bit k
 * of the result is the k-th test of in6_cases.h. */
#include <netinet/in.h>
#include "in6_cases.h"

unsigned ours_in6_classes(const void *p, const void *q);

unsigned ours_in6_classes(const void *p, const void *q)
{
	const struct in6_addr *a = p;
	unsigned r = 0, k = 0;
	IN6_CASES(IN6_BIT, a, (const struct in6_addr *)q)
	return r;
}

/* The header in the oldest C the library's headers accept. */
unsigned ours_in6_sizes(void);
unsigned ours_in6_sizes(void)
{
	return (unsigned)sizeof(struct ipv6_mreq) << 8 | IPV6_JOIN_GROUP;
}
