#include <wchar.h>

wchar_t *wcsstr(const wchar_t *h, const wchar_t *n)
{
	size_t len = wcslen(n);
	if (!len)
		return (wchar_t *)h;
	for (; (h = wcschr(h, *n)); h++)
		if (!wcsncmp(h, n, len))
			return (wchar_t *)h;
	return 0;
}
