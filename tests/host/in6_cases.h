/* The <netinet/in.h> address tests test_in6.c compares, as one list for
 * both sides (in6_ours.c: the library's header; test_in6.c: glibc's):
 * X(name, test) for each, on addresses a and b. */
#define IN6_CASES(X, a, b) \
	X("UNSPECIFIED", IN6_IS_ADDR_UNSPECIFIED(a)) \
	X("LOOPBACK", IN6_IS_ADDR_LOOPBACK(a)) \
	X("MULTICAST", IN6_IS_ADDR_MULTICAST(a)) \
	X("LINKLOCAL", IN6_IS_ADDR_LINKLOCAL(a)) \
	X("SITELOCAL", IN6_IS_ADDR_SITELOCAL(a)) \
	X("V4MAPPED", IN6_IS_ADDR_V4MAPPED(a)) \
	X("V4COMPAT", IN6_IS_ADDR_V4COMPAT(a)) \
	X("MC_NODELOCAL", IN6_IS_ADDR_MC_NODELOCAL(a)) \
	X("MC_LINKLOCAL", IN6_IS_ADDR_MC_LINKLOCAL(a)) \
	X("MC_SITELOCAL", IN6_IS_ADDR_MC_SITELOCAL(a)) \
	X("MC_ORGLOCAL", IN6_IS_ADDR_MC_ORGLOCAL(a)) \
	X("MC_GLOBAL", IN6_IS_ADDR_MC_GLOBAL(a)) \
	X("ARE_ADDR_EQUAL", IN6_ARE_ADDR_EQUAL(a, b))

/* r |= test << k++, for a mask of the results */
#define IN6_BIT(name, x) r |= (unsigned)((x) != 0) << k++;
