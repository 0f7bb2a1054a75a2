/* gethostbyaddr: the name of an IPv4 or IPv6 address through getnameinfo
 * (hosts file, localhost, reverse DNS for IPv4), in static storage. */
#include <string.h>
#include <netdb.h>
#include <netinet/in.h>
#include "../internal/netdb_impl.h"

static struct {
	struct hostent h;
	char name[NI_MAXHOST];
	char *aliases[1];
	char *list[2];
	unsigned char addr[16];
} st;

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
	union {
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
	} sa;
	memset(&sa, 0, sizeof sa);
	socklen_t salen;
	if (addr && type == AF_INET && len == 4) {
		sa.in.sin_family = AF_INET;
		memcpy(&sa.in.sin_addr, addr, 4);
		salen = sizeof sa.in;
	} else if (addr && type == AF_INET6 && len == 16) {
		sa.in6.sin6_family = AF_INET6;
		memcpy(&sa.in6.sin6_addr, addr, 16);
		salen = sizeof sa.in6;
	} else {
		h_errno = NO_RECOVERY;
		return 0;
	}
	int e = getnameinfo((struct sockaddr *)&sa, salen, st.name, sizeof st.name, 0, 0, NI_NAMEREQD);
	if (e) {
		h_errno = __gai_to_h_errno(e);
		return 0;
	}
	memcpy(st.addr, addr, len);
	st.list[0] = (char *)st.addr;
	st.list[1] = 0;
	st.aliases[0] = 0;
	st.h.h_name = st.name;
	st.h.h_aliases = st.aliases;
	st.h.h_addrtype = type;
	st.h.h_length = (int)len;
	st.h.h_addr_list = st.list;
	return &st.h;
}
