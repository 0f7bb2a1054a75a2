#include <uchar.h>
#include "../internal/mbstate.h"

size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return __mbrtoutf16(pc16, s, n, ps ? ps : &internal);
}
