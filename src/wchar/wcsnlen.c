#include <wchar.h>

size_t wcsnlen(const wchar_t *s, size_t n)
{
	size_t k = 0;
	while (k < n && s[k])
		k++;
	return k;
}
