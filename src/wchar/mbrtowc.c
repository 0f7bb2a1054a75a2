#include <wchar.h>
#include "../internal/mbstate.h"

size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return __mbrtoutf16((uint16_t *)pwc, s, n, ps ? ps : &internal);
}
