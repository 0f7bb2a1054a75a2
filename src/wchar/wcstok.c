#include <wchar.h>

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict delim, wchar_t **restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += wcsspn(s, delim);
	if (!*s) {
		*save = 0;
		return 0;
	}
	wchar_t *end = s + wcscspn(s, delim);
	if (*end)
		*end++ = 0;
	else
		end = 0;
	*save = end;
	return s;
}
