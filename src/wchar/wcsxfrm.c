#include <wchar.h>

size_t wcsxfrm(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcslen(s);
	if (len < n)
		wmemcpy(d, s, len + 1);
	return len;
}
