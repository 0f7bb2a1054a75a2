#include <wchar.h>

/* wchar_t is unsigned (16 bits) here, so code unit order. */
int wcscmp(const wchar_t *a, const wchar_t *b)
{
	for (; *a && *a == *b; a++, b++)
		;
	return *a < *b ? -1 : *a > *b;
}
