#include "../internal/stdio_impl.h"

int ferror(FILE *f)
{
	return !!(f->flags & __F_ERR);
}

int feof(FILE *f)
{
	return !!(f->flags & __F_EOF);
}

void clearerr(FILE *f)
{
	f->flags &= ~(__F_ERR | __F_EOF);
}
