#include <wchar.h>
#include "../internal/stdio_impl.h"

/* C11 7.29.3.5: mode > 0 tries to make f wide-oriented, mode < 0
 * byte-oriented, 0 only asks; an orientation once set stays until freopen.
 * Returns > 0 wide, < 0 byte, 0 none.  Bytes waiting in f's buffers with no
 * orientation set mean a byte function ran (getc and putc work inline). */
int fwide(FILE *f, int mode)
{
	if (!(f->flags & (__F_BYTE | __F_WIDE))) {
		if (f->wpos || f->rpos)
			f->flags |= __F_BYTE;
		else if (mode > 0)
			f->flags |= __F_WIDE | (f->flags & (__F_NOWR | __F_NORD)) << 6 |
				    __F_NOWR | __F_NORD;
		else if (mode < 0)
			f->flags |= __F_BYTE;
	}
	return f->flags & __F_WIDE ? 1 : f->flags & __F_BYTE ? -1 : 0;
}

int __stdio_wide(FILE *f)
{
	if (fwide(f, 1) > 0)
		return 0;
	errno = EBADF;
	return -1;
}
