#include <string.h>
#include "strchr_sse2.h"

__NO_ASAN char *strchr(const char *s, int c)
{
	const char *p = __find_c_or_nul(s, c);
	return *(const unsigned char *)p == (unsigned char)c ? (char *)p : 0;
}
