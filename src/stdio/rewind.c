#include "../internal/stdio_impl.h"

void rewind(FILE *f)
{
	__fseeko(f, 0, SEEK_SET);
	f->flags &= ~__F_ERR;
}
