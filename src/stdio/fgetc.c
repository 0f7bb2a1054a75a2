#include "../internal/stdio_impl.h"

int fgetc(FILE *f)
{
	return f->rpos != f->rend ? *f->rpos++ : __uflow(f);
}

int getc(FILE *f)
{
	return fgetc(f);
}
