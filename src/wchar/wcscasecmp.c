#include <wchar.h>
#include <wctype.h>

/* POSIX: compares as towlower of each code unit (the simple mappings). */
int wcscasecmp(const wchar_t *a, const wchar_t *b)
{
	return wcsncasecmp(a, b, (size_t)-1);
}
