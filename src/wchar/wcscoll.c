#include <wchar.h>

/* The C locale collates by code unit. */
int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}
