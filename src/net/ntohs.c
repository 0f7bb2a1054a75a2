#include <netinet/in.h>

#undef ntohs
uint16_t ntohs(uint16_t v)
{
	return __builtin_bswap16(v);
}
