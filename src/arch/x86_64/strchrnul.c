#include <string.h>
#include "strchr_sse2.h"

__NO_ASAN char *strchrnul(const char *s, int c)
{
	return (char *)__find_c_or_nul(s, c);
}
