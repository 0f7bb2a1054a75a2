#include <uchar.h>
#include "../internal/mbstate.h"

size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	uint32_t c;
	if (!ps)
		ps = &internal;
	if (!s) {
		s = "";
		n = 1;
		pc32 = 0;
	}
	size_t r = __utf8_step(&c, s, n, ps);
	if (pc32 && r != __MB_ILSEQ && r != __MB_PARTIAL)
		*pc32 = c;
	return r;
}
