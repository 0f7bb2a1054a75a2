#include <wchar.h>
#include <wctype.h>

/* At most n code units, each compared as towlower of it: the sign is that of
 * the first difference of the lowered units as unsigned values. */
int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) {
		wint_t x = towlower((wint_t)*a), y = towlower((wint_t)*b);
		if (x != y)
			return x < y ? -1 : 1;
		if (!*a)
			break;
	}
	return 0;
}
