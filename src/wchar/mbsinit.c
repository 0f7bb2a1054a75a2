#include <wchar.h>

int mbsinit(const mbstate_t *ps)
{
	return !ps || (!ps->__need && !ps->__pend);
}
