/* gethostbyname: the IPv4 addresses of a name through getaddrinfo
 * (numeric, hosts file, localhost, DNS), in static storage. */
#include <string.h>
#include <netdb.h>
#include <netinet/in.h>
#include "../internal/netdb_impl.h"

#define MAX_ADDRS 16

static struct {
	struct hostent h;
	char name[NI_MAXHOST];
	char *aliases[1];
	char *list[MAX_ADDRS + 1];
	unsigned char addrs[MAX_ADDRS][4];
} st;

struct hostent *gethostbyname(const char *name)
{
	struct addrinfo hints, *res;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	int e = getaddrinfo(name, 0, &hints, &res);
	if (e) {
		h_errno = __gai_to_h_errno(e);
		return 0;
	}
	size_t n = strlen(name);
	if (n >= sizeof st.name)
		n = sizeof st.name - 1;
	memcpy(st.name, name, n);
	st.name[n] = 0;
	int k = 0;
	for (struct addrinfo *a = res; a && k < MAX_ADDRS; a = a->ai_next) {
		memcpy(st.addrs[k], &((struct sockaddr_in *)a->ai_addr)->sin_addr, 4);
		st.list[k] = (char *)st.addrs[k];
		k++;
	}
	freeaddrinfo(res);
	st.list[k] = 0;
	st.aliases[0] = 0;
	st.h.h_name = st.name;
	st.h.h_aliases = st.aliases;
	st.h.h_addrtype = AF_INET;
	st.h.h_length = 4;
	st.h.h_addr_list = st.list;
	return &st.h;
}
