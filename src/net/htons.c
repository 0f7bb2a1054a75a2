#include <netinet/in.h>

#undef htons
uint16_t htons(uint16_t v)
{
	return __builtin_bswap16(v);
}
