#include <wchar.h>
#include "../internal/mbstate.h"

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return __mbrtoutf16(0, s, n, ps ? ps : &internal);
}
