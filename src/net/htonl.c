#include <netinet/in.h>

#undef htonl
uint32_t htonl(uint32_t v)
{
	return __builtin_bswap32(v);
}
