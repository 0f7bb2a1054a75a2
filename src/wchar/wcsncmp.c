#include <wchar.h>

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n && *a && *a == *b; n--, a++, b++)
		;
	return !n ? 0 : *a < *b ? -1 : *a > *b;
}
