#include <netinet/in.h>

#undef ntohl
uint32_t ntohl(uint32_t v)
{
	return __builtin_bswap32(v);
}
