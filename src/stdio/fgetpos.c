#include "../internal/stdio_impl.h"

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	long long p = __ftello(f);
	if (p < 0)
		return -1;
	pos->__pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return __fseeko(f, pos->__pos, SEEK_SET);
}
