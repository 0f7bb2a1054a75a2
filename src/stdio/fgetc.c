#include "../internal/stdio_impl.h"

int fgetc(FILE *f)
{
	/* The byte already buffered is not taken from a wide stream (the
	 * macro in <stdio.h> does not look). */
	return f->rpos != f->rend && !(f->flags & __F_WIDE) ? *f->rpos++ : __uflow(f);
}

int getc(FILE *f)
{
	return fgetc(f);
}
