#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include "../internal/mbstate.h"

int wctomb(char *s, wchar_t wc)
{
	uint32_t c = (uint16_t)wc;
	if (!s)
		return 0;
	if (__utf16_is_surrogate(c)) {
		errno = EILSEQ;
		return -1;
	}
	return (int)__utf8_put(s, c);
}
