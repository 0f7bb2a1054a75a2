#include <wchar.h>
#include "../internal/mbstate.h"

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return __utf16rtomb(s, (uint16_t)wc, ps ? ps : &internal);
}
