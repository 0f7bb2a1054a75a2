#include <string.h>
#include "sse2_string.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	__copy_fwd(dst, src, n);
	return dst;
}
