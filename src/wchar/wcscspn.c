#include <wchar.h>

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
	size_t k = 0;
	for (; s[k] && !wcschr(reject, s[k]); k++)
		;
	return k;
}
