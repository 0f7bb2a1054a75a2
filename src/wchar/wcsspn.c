#include <wchar.h>

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
	size_t k = 0;
	for (; s[k] && wcschr(accept, s[k]); k++)
		;
	return k;
}
