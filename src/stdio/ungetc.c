#include "../internal/stdio_impl.h"

/* Up to __UNGET bytes can be pushed back after any read (C asks for one). */
int ungetc(int c, FILE *f)
{
	if (c == EOF || !f->rbuf || (f->flags & __F_NORD) || __stdio_byte(f))
		return EOF;
	if (!f->rpos)
		f->rpos = f->rend = f->rbuf + __UNGET;
	if (f->rpos == f->rbuf)
		return EOF;
	*--f->rpos = (unsigned char)c;
	f->flags &= ~__F_EOF;
	return (unsigned char)c;
}
