#include <uchar.h>
#include "../internal/mbstate.h"

size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return __utf16rtomb(s, c16, ps ? ps : &internal);
}
